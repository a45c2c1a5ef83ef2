import type { PayloadRequest } from 'payload'

import { idOf } from '../access/roles'
import { queueMailchimpWrite } from '../mailchimp/queueMailchimpWrite'
import { newsletterAudienceOf, type NewsletterWijk } from '../newsletter/newsletterAudience'

/**
 * Asks Mailchimp to delete the address for good from the newsletter audience of every wijk it
 * signed up in (the signups an erasure removes): the CMS only holds the consent, Mailchimp holds
 * the list. Queued like every Mailchimp write, so Mailchimp down only delays it. Wijken without
 * an audience, or a server without a key, have nothing in Mailchimp. Returns how many it queued.
 */
export const forgetInMailchimp = async (req: PayloadRequest, email: string, signups: Record<string, unknown>[]): Promise<number> => {
  const wijkIds = [...new Set(signups.map((signup) => idOf(signup.tenant as never)).filter((id) => id !== undefined))]
  let queued = 0
  for (const id of wijkIds) {
    const wijk = (await req.payload.findByID({
      collection: 'wijken',
      id: id!,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })) as NewsletterWijk | null
    const audienceId = newsletterAudienceOf(wijk)
    if (audienceId && (await queueMailchimpWrite(req, { kind: 'forget', audienceId, email }))) queued++
  }
  return queued
}
