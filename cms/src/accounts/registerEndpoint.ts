import { sitePaths } from '@wijk/shared/sitePaths'

import { publicEndpoint } from '../public/publicEndpoint'
import { siteUrlOf } from '../snapshot/toWijk'
import { registerWithinMailLimit } from './registerWithinMailLimit'
import { registrationSchema } from './registrationSchema'

/** Sent to the resident and, without JavaScript, shown by the site's thank-you page. */
const CHECK_YOUR_MAIL = 'Bijna klaar! We hebben je een mail gestuurd. Klik op de link in die mail om je account te bevestigen.'

/**
 * POST /api/account/registreren — the registration form on a wijk site (sites/src/pages/account/
 * registreren.astro), as a plain form post (303 to /account/bijna-klaar/) or JSON. A post from one
 * wijk's site registers only in that wijk.
 */
export const registerEndpoint = publicEndpoint({
  path: '/account/registreren',
  schema: registrationSchema,
  // Generous enough for a sign-up afternoon in a buurthuis (one shared address), low enough that a
  // script creating accounts does not get far.
  rateLimit: { max: 20, windowMs: 60 * 60_000 },
  thankYouPath: sitePaths.registered(),
  handle: async (input, { req, origin }) => {
    if (origin?.kind === 'wijk' && origin.slug !== input.wijk) {
      return {
        ok: false,
        status: 400,
        message: 'Maak je account op de site van je eigen wijk.',
        errors: { wijk: 'Maak je account op de site van je eigen wijk.' },
      }
    }
    const outcome = await registerWithinMailLimit(req, input)
    if (!outcome.ok) return { ok: false, status: 400, message: outcome.message, errors: { [outcome.field]: outcome.message } }
    return { ok: true, message: CHECK_YOUR_MAIL, siteUrl: siteUrlOf(outcome.wijk.domain) }
  },
})
