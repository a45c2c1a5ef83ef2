import type { PayloadRequest } from 'payload'

import { queueMailchimpWrite } from '../mailchimp/queueMailchimpWrite'

/** A stored signup, as far as Mailchimp needs it. */
export type SignupForMailchimp = { id: number | string; email: string; name?: string | null; interests?: readonly string[] | null }

/**
 * Queues the double opt-in write of one stored signup (Mailchimp mails the confirmation): the
 * name as FNAME, the wijk and the interests as tags, and the signup as the document whose
 * `mailchimpSync` the job keeps up to date. The same write for a new signup and a waiting one.
 */
export const queueSignupWrite = (req: PayloadRequest, audienceId: string, wijkSlug: string, signup: SignupForMailchimp): Promise<boolean> =>
  queueMailchimpWrite(req, {
    kind: 'subscribe',
    audienceId,
    email: signup.email,
    ...(signup.name ? { mergeFields: { FNAME: signup.name } } : {}),
    tags: [wijkSlug, ...(signup.interests ?? [])],
    track: { collection: 'newsletter-signups', id: String(signup.id) },
  })
