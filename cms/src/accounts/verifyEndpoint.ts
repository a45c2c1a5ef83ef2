import type { Endpoint, PayloadRequest } from 'payload'

import { accountLinks } from './accountLinks'
import { escapeHtml } from './mails/mailHtml'
import { wijkOfUser } from './wijkOfUser'

/** Payload's tokens are 20 random bytes in hex; anything else is not worth a database query. */
const TOKEN = /^[a-f0-9]{20,128}$/

const page = (status: number, title: string, body: string) =>
  new Response(
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>` +
      `<body style="font-family:sans-serif;font-size:1.2rem;line-height:1.5;max-width:36rem;margin:2rem auto;padding:0 1rem"><h1>${escapeHtml(title)}</h1>${body}</body></html>`,
    { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' } },
  )

const linkDoesNotWork = () =>
  page(
    400,
    'Deze link werkt niet (meer)',
    `<p>Misschien heb je je e-mailadres al bevestigd. Probeer dan in te loggen.</p><p><a href="${escapeHtml(accountLinks.login())}">Inloggen</a></p>`,
  )

const redirect = (location: string) => new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } })

const findByToken = async (req: PayloadRequest, token: string) => {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { _verificationToken: { equals: token } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  })
  return docs[0]
}

/**
 * GET /api/account/bevestigen/:token — the link in the verification mail. A mail link can only GET,
 * so this confirms the address with Payload's own `verifyEmail` and then sends the resident on to
 * the wijk site's "je account is klaar" page (accounts without a wijk go to the admin login).
 */
export const verifyEndpoint: Endpoint = {
  path: '/account/bevestigen/:token',
  method: 'get',
  handler: async (req) => {
    const token = String(req.routeParams?.token ?? '')
    if (!TOKEN.test(token)) return linkDoesNotWork()
    const user = await findByToken(req, token)
    if (!user) return linkDoesNotWork()
    await req.payload.verifyEmail({ collection: 'users', token })
    const wijk = await wijkOfUser(req, user)
    return redirect(wijk ? accountLinks.site(wijk.domain, 'klaar') : accountLinks.login())
  },
}
