import type { CollectionAfterChangeHook } from 'payload'

import { newsletterAudienceOf, type NewsletterWijk } from './newsletterAudience'
import { sendWaitingSignups } from './sendWaitingSignups'

/**
 * The moment a wijk gets its newsletter audience (set, or changed) its waiting signups go to
 * Mailchimp, in the save's transaction. Other saves of the wijk cost nothing: they leave the
 * audience as it was. Without a key on the server nothing happens; the start-up catch-up
 * (`catchUpWaitingSignups`) sends them once the key is there.
 */
export const sendSignupsOnConnect: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const audienceId = newsletterAudienceOf(doc as NewsletterWijk)
  if (audienceId && audienceId !== newsletterAudienceOf(previousDoc as NewsletterWijk | undefined)) await sendWaitingSignups(req, doc as NewsletterWijk)
  return doc
}
