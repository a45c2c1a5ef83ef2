import type { Endpoint } from 'payload'

import { escapeHtml } from '@wijk/shared/html'

import { siteUrlOf } from '../snapshot/toWijk'
import { accountLinks } from './accountLinks'
import { accountPage } from './accountPage'
import { findByVerificationToken } from './findByVerificationToken'
import { VERIFICATION_TOKEN } from './passwordField'
import { wijkOfUser } from './wijkOfUser'

/** The wijk site's origin as a CSP source; a local demo site (`delfshaven.localhost`) on any port. */
const siteFormTargets = (domain: string): string[] => {
  const { origin, hostname } = new URL(siteUrlOf(domain))
  return hostname === 'localhost' || hostname.endsWith('.localhost') ? [origin, `${origin}:*`] : [origin]
}

const linkDoesNotWork = () =>
  accountPage(
    400,
    'Deze link werkt niet (meer)',
    `<p>Misschien heb je je account al bevestigd. Probeer dan in te loggen.</p><p><a href="${escapeHtml(accountLinks.login())}">Inloggen</a></p>`,
  )

/** The form that confirms: the token rides along hidden; the password is what only the mailbox's owner types. */
const confirmationForm = (action: string, token: string, email: string) =>
  `<p>Nog één stap. Kies een wachtwoord en klik op de knop. Daarna is je account klaar en kun je inloggen.</p>` +
  `<form method="post" action="${escapeHtml(action)}">` +
  `<input type="hidden" name="token" value="${escapeHtml(token)}">` +
  `<label for="email">Je e-mailadres</label><input id="email" type="email" value="${escapeHtml(email)}" autocomplete="username" readonly>` +
  `<label for="wachtwoord">Kies een wachtwoord</label>` +
  `<input id="wachtwoord" name="password" type="password" required minlength="10" maxlength="200" autocomplete="new-password" aria-describedby="wachtwoord-uitleg">` +
  `<p id="wachtwoord-uitleg" class="uitleg">Minstens 10 tekens. Een korte zin is makkelijk te onthouden, bijvoorbeeld: koffie in het buurthuis.</p>` +
  `<button type="submit">Bevestig mijn account</button>` +
  `</form>` +
  `<p>Heb je zelf geen account gemaakt? Dan hoef je niets te doen. Zonder bevestiging wordt het account niet gebruikt.</p>`

/**
 * GET /api/account/bevestigen/:token — the link in the verification mail. It only shows a page: mail
 * filters open every link in a mail (link scanners), so a GET never confirms anything. The page's
 * button posts the token with the password the resident chooses (confirmEndpoint); that post
 * confirms. Works without JavaScript.
 */
export const verifyEndpoint: Endpoint = {
  path: '/account/bevestigen/:token',
  method: 'get',
  handler: async (req) => {
    const token = String(req.routeParams?.token ?? '')
    if (!VERIFICATION_TOKEN.test(token)) return linkDoesNotWork()
    const user = await findByVerificationToken(req, token)
    if (!user) return linkDoesNotWork()
    // The button's post answers with a 303 to the wijk site's "klaar" page: the page's CSP must allow it.
    const wijk = await wijkOfUser(req, user)
    return accountPage(
      200,
      'Bevestig je account',
      confirmationForm(`${req.payload.config.routes.api}/account/bevestigen`, token, user.email),
      '',
      wijk ? siteFormTargets(wijk.domain) : [],
    )
  },
}
