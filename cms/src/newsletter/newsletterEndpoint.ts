import { NEWSLETTER_INTERESTS } from '@wijk/shared/newsletterInterests'
import { sitePaths } from '@wijk/shared/sitePaths'

import { mayMailTypedAddress } from '../email/recipientLimit'
import { mailchimpConfigured } from '../mailchimp/mailchimpSettings'
import { publicEndpoint, type PublicContext, type PublicResult } from '../public/publicEndpoint'
import { siteUrlOf } from '../snapshot/toWijk'
import { NEWSLETTER_CONSENT_TEXT, NEWSLETTER_CONSENT_VERSION } from './newsletterConsent'
import { newsletterAudienceOf } from './newsletterAudience'
import { type NewsletterInput, newsletterSchema } from './newsletterSchema'
import { queueSignupWrite } from './queueSignupWrite'

/** Per IP: a household can sign up a few addresses; a script cannot add hundreds. */
const NEWSLETTER_RATE_LIMIT = { max: 10, windowMs: 10 * 60_000 }

const NEWSLETTER_MESSAGES = {
  almostDone: 'Bijna klaar: kijk in je mail en bevestig je aanmelding.',
  stored: 'Bedankt! We hebben je aanmelding bewaard. Je krijgt een mail om te bevestigen zodra de nieuwsbrief van deze wijk van start gaat.',
  unknownWijk: 'Deze wijk kennen we niet.',
  wrongSite: 'Dit formulier kan alleen worden verstuurd vanaf de website van de wijk.',
} as const

/** Not the thank-you page ("check your mail") when no confirmation mail will come: a short answer page. */
const answerFor = (connected: boolean, domain: string): PublicResult =>
  connected
    ? { ok: true, message: NEWSLETTER_MESSAGES.almostDone, siteUrl: siteUrlOf(domain) }
    : { ok: true, answerHere: true, message: NEWSLETTER_MESSAGES.stored }

const handle = async (input: NewsletterInput, { req, origin }: PublicContext): Promise<PublicResult> => {
  const wijk = (await req.payload.find({ collection: 'wijken', where: { slug: { equals: input.wijk } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  if (!wijk) return { ok: false, status: 400, message: NEWSLETTER_MESSAGES.unknownWijk, errors: { wijk: NEWSLETTER_MESSAGES.unknownWijk } }
  if (origin?.kind === 'wijk' && origin.slug !== wijk.slug) return { ok: false, status: 403, message: NEWSLETTER_MESSAGES.wrongSite }

  const email = input.email.toLowerCase()
  const interests = NEWSLETTER_INTERESTS.map(({ value }) => value).filter((value) => input[value])
  const audienceId = newsletterAudienceOf(wijk)
  const connected = mailchimpConfigured() && audienceId !== ''
  // Each stored signup becomes a Mailchimp write that can mail the address (a confirmation): only a
  // few per address, whoever sends them (finding 3). Beyond that the same answer, nothing stored.
  if (!(await mayMailTypedAddress(email))) return answerFor(connected, wijk.domain)
  // Nothing here depends on whether the address is already a member: the answer and the work (store,
  // queue) are the same for everyone, so the form tells no stranger who gets the newsletter. The
  // queued write decides, and never changes an existing member (see performMailchimpWrite).

  // Stored before anything is answered or sent: the Mailchimp job and the 2xx both come after this.
  const signup = (await req.payload.create({
    collection: 'newsletter-signups' as never,
    data: {
      tenant: wijk.id,
      email,
      name: input.name ?? null,
      interests,
      consentAt: new Date().toISOString(),
      consentVersion: NEWSLETTER_CONSENT_VERSION,
      consentText: NEWSLETTER_CONSENT_TEXT,
      sourcePage: input.source ?? req.headers.get('referer') ?? null,
      mailchimpSync: { state: connected ? 'pending' : 'not-connected', attempts: 0 },
    } as never,
    overrideAccess: true,
    depth: 0,
  })) as { id: number | string }
  // Not connected: it waits in the CMS until the wijk is (sendWaitingSignups).
  if (connected) await queueSignupWrite(req, audienceId, wijk.slug, { id: signup.id, email, name: input.name, interests })

  return answerFor(connected, wijk.domain)
}

/** POST /api/nieuwsbrief: the newsletter signup in the footer and on /nieuwsbrief/ of every wijk site. */
export const newsletterEndpoint = publicEndpoint({
  path: '/nieuwsbrief',
  schema: newsletterSchema,
  rateLimit: NEWSLETTER_RATE_LIMIT,
  thankYouPath: sitePaths.newsletterThanks(),
  handle,
})
