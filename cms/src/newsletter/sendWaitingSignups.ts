import type { Payload, PayloadRequest, Where } from 'payload'

import { mailchimpConfigured } from '../mailchimp/mailchimpSettings'
import { newsletterAudienceOf, type NewsletterWijk } from './newsletterAudience'
import { queueSignupWrite, type SignupForMailchimp } from './queueSignupWrite'

/** Signups claimed and queued per round: a wijk with thousands waiting never loads them all at once. */
const PAGE = 100

/** Per Payload and wijk, the run in progress: a second one waits for it (see `oneAtATime`). */
const runs = new WeakMap<Payload, Map<string, Promise<unknown>>>()

/**
 * Payload's update by `where` reads, then writes each document: two runs for one wijk at once (the
 * hook of two saves, or a save during the start-up catch-up) would both read a signup as waiting
 * before either marks it. So runs of a wijk take turns. That holds within one CMS process (SQLite
 * has only one); several processes on one MongoDB are not coordinated here.
 */
const oneAtATime = <T>(payload: Payload, key: string, run: () => Promise<T>): Promise<T> => {
  const ofPayload = runs.get(payload) ?? new Map<string, Promise<unknown>>()
  runs.set(payload, ofPayload)
  const next = (ofPayload.get(key) ?? Promise.resolve()).catch(() => undefined).then(run)
  ofPayload.set(key, next)
  void next
    .finally(() => {
      if (ofPayload.get(key) === next) ofPayload.delete(key)
    })
    .catch(() => undefined)
  return next
}

/**
 * Marks up to PAGE waiting signups of the wijk as pending and returns them: picking (by state)
 * and marking are one update, so the next run, or the next save of the wijk, finds nothing of
 * these left to queue.
 */
const claimWaiting = async (req: PayloadRequest, wijk: NewsletterWijk): Promise<SignupForMailchimp[]> => {
  const waiting: Where = { and: [{ tenant: { equals: wijk.id } }, { 'mailchimpSync.state': { equals: 'not-connected' } }] }
  const { docs, errors } = await req.payload.update({
    collection: 'newsletter-signups' as never,
    where: waiting,
    data: { mailchimpSync: { state: 'pending', attempts: 0, lastError: null } } as never,
    limit: PAGE,
    sort: 'createdAt',
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (errors.length > 0)
    throw new Error(`Newsletter signups of ${wijk.slug} could not be marked as pending: ${errors.map(({ message }) => message).join('; ')}`)
  return docs as unknown as SignupForMailchimp[]
}

/**
 * Queues the Mailchimp write of every signup of the wijk stored while Mailchimp was not
 * connected (no key on the server, or no newsletter audience on the wijk), exactly as a new
 * signup's: those residents were told they would get a confirmation mail once the newsletter
 * starts. Runs in `req`'s transaction: a rolled-back save of the wijk queues and marks nothing.
 * Returns how many it queued (0 while Mailchimp is still not connected).
 */
export const sendWaitingSignups = (req: PayloadRequest, wijk: NewsletterWijk): Promise<number> => {
  const audienceId = newsletterAudienceOf(wijk)
  if (!mailchimpConfigured() || !audienceId) return Promise.resolve(0)
  return oneAtATime(req.payload, String(wijk.id), async () => {
    let queued = 0
    const seen = new Set<string>()
    for (;;) {
      const claimed = await claimWaiting(req, wijk)
      const fresh = claimed.filter((signup) => !seen.has(String(signup.id)))
      for (const signup of fresh) {
        seen.add(String(signup.id))
        if (await queueSignupWrite(req, audienceId, wijk.slug, signup)) queued++
      }
      // A short round was the last; a round of only signups seen before means the marking did not stick: stop, never loop.
      if (claimed.length < PAGE || fresh.length === 0) break
    }
    if (queued > 0) req.payload.logger.info(`Newsletter ${wijk.slug}: ${queued} signup(s) stored while Mailchimp was not connected are queued for Mailchimp`)
    return queued
  })
}
