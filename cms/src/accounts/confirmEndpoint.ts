import { sitePaths } from '@wijk/shared/sitePaths'

import { publicEndpoint } from '../public/publicEndpoint'
import { siteUrlOf } from '../snapshot/toWijk'
import { confirmationSchema, LINK_DOES_NOT_WORK } from './confirmationSchema'
import { findByVerificationToken } from './findByVerificationToken'
import { wijkOfUser } from './wijkOfUser'

const READY = 'Je account is klaar. Je kunt nu inloggen met je e-mailadres en het wachtwoord dat je net koos.'

/**
 * POST /api/account/bevestigen — the button on the page the verification mail's link opens
 * (verifyEndpoint). Sets the password the resident types there, then confirms the address with
 * Payload's own `verifyEmail` (which uses the token up), and sends them to the wijk site's "je
 * account is klaar" page. Only someone who has the mail has the token, so whoever registered the
 * address never chooses the password its owner confirms.
 */
export const confirmEndpoint = publicEndpoint({
  path: '/account/bevestigen',
  schema: confirmationSchema,
  // A resident may mistype a few times; a script guessing tokens gets nowhere (20 random bytes anyway).
  rateLimit: { max: 20, windowMs: 60 * 60_000 },
  thankYouPath: sitePaths.accountReady(),
  handle: async ({ token, password }, { req }) => {
    const user = await findByVerificationToken(req, token)
    if (!user) return { ok: false, status: 400, message: LINK_DOES_NOT_WORK, errors: { token: LINK_DOES_NOT_WORK } }
    await req.payload.update({ collection: 'users', id: user.id, data: { password }, overrideAccess: true, depth: 0, req })
    await req.payload.verifyEmail({ collection: 'users', token, req })
    const wijk = await wijkOfUser(req, user)
    // Accounts without a wijk (made in the admin) have no site page: the short answer, with the login on it.
    return wijk ? { ok: true, message: READY, siteUrl: siteUrlOf(wijk.domain) } : { ok: true, message: READY, answerHere: true }
  },
})
