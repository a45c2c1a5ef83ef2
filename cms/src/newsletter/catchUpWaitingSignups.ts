import { createLocalReq, type Payload } from 'payload'

import { mailchimpConfigured } from '../mailchimp/mailchimpSettings'
import type { NewsletterWijk } from './newsletterAudience'
import { sendWaitingSignups } from './sendWaitingSignups'

/** Wijken read per round. */
const PAGE = 100

/**
 * At start-up with a Mailchimp key: sends the signups every wijk with a newsletter audience
 * stored while the server had no key (or while a key was removed and its queued writes were
 * cancelled). Cheap when there are none: one query per wijk on the waiting state. Never throws:
 * a failure is logged and the CMS starts anyway; the signups keep waiting for the next start.
 * Returns how many it queued in all.
 */
export const catchUpWaitingSignups = async (payload: Payload): Promise<number> => {
  if (!mailchimpConfigured()) return 0
  let queued = 0
  try {
    const req = await createLocalReq({}, payload)
    for (let page = 1; ; page++) {
      const { docs, hasNextPage } = await payload.find({
        collection: 'wijken',
        where: { and: [{ 'mailchimp.newsletterAudienceId': { exists: true } }, { 'mailchimp.newsletterAudienceId': { not_equals: '' } }] },
        sort: 'id',
        page,
        limit: PAGE,
        depth: 0,
        overrideAccess: true,
      })
      for (const wijk of docs as unknown as NewsletterWijk[]) {
        // One wijk failing (its audience, a write) does not keep the others waiting.
        queued += await sendWaitingSignups(req, wijk).catch((error: unknown) => {
          payload.logger.error({ err: error, msg: `Newsletter ${wijk.slug}: the signups stored while Mailchimp was not connected were not queued` })
          return 0
        })
      }
      if (!hasNextPage) break
    }
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Newsletter: the start-up catch-up of signups stored while Mailchimp was not connected failed' })
  }
  return queued
}
