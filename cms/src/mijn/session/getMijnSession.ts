/**
 * Mijn buurt: who is signed in, on which wijk. READ THIS FIRST if you build a Mijn buurt page or form.
 *
 * PAGES (server components under cms/src/app/(mijn)/mijn/…):
 *
 *   import { headers } from 'next/headers'
 *   import { requireMijnSession } from '@/mijn/session/requireMijnSession'   // (relative import in this repo)
 *   export default async function Page() {
 *     const { payload, user, wijk } = await requireMijnSession(await headers())  // redirects to /mijn/inloggen/ when signed out
 *     const mine = await payload.find({ collection: 'posts', where: {...}, user, overrideAccess: false })
 *     …
 *   }
 *
 *   `getMijnSession(headers)` is the same without the redirect (null when signed out, on a host that is
 *   no wijk, or for an account of another wijk / an editor). Every Local API call for the resident is made
 *   WITH `user` and `overrideAccess: false`: their own access decides, never ours.
 *
 * FORMS (plain HTML <form method="post"> to a route.ts; no Server Actions, works without JavaScript):
 *
 *   // cms/src/app/(mijn)/mijn/actie/<verb>/route.ts
 *   import { mijnPostHandler, seeOther } from '../../../../../mijn/http/mijnPostHandler'
 *   export const POST = mijnPostHandler({
 *     schema: z.object({ title: text({ required: 'Vul een titel in.', max: 120 }) }),
 *     rateLimit: { max: 20, windowMs: 60 * 60_000 },      // per client address (cms/server.ts)
 *     maxBytes: 12_000_000,                               // optional; default 64 kB (photos need more)
 *     handle: async ({ data, files, session, headers }) => {
 *       const { payload, user, wijk } = session            // signed in, of this wijk (else 303 to /mijn/inloggen/)
 *       await payload.create({ collection: 'posts', data: {...}, user, overrideAccess: false })
 *       return seeOther('/mijn/')                          // 303 to a page of the same wijk
 *     },
 *   })
 *
 *   The helper checks, in this order: the host is a wijk (else 404), Origin (or Referer) is that wijk's
 *   own site (else 403), the client's rate limit (else 429 with Retry-After), the body (else 400/413/415),
 *   the session (else 303 to /mijn/inloggen/), the zod schema (else 400 with a Dutch page listing what to
 *   fix; give `invalid` to answer otherwise). Every refusal is a small Dutch HTML page (mijnAnswerPage).
 *   `signedIn: false` is for the sign-in forms themselves (session is then null).
 *
 * The wijk comes from the Host, or X-Forwarded-Host only from a proxy TRUST_PROXY_HOPS trusts (see
 * wijk/requestHost.ts). The session is Payload's own JWT in the `payload-token` cookie with Path=/mijn,
 * set by signIn.ts after a password or a sign-in link.
 */
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { idOf } from '../../access/roles'
import type { User, Wijken } from '../../payload-types'
import { wijkForRequest } from '../wijk/wijkForRequest'
import { AUTH_COOKIE } from './authCookie'

export type MijnSession = { payload: Payload; user: User; wijk: Wijken }

/** Residents (writer) and partners use Mijn buurt; the redactie and admins keep the admin. */
const MIJN_ROLES = ['writer', 'partner'] as const

export const isMijnRole = (role: string | null | undefined) => (MIJN_ROLES as readonly string[]).includes(role ?? '')

export const belongsToWijk = (user: Pick<User, 'tenants'>, wijk: Pick<Wijken, 'id'>) =>
  (user.tenants ?? []).some(({ tenant }) => String(idOf(tenant as never)) === String(wijk.id))

export const mijnPayload = (): Promise<Payload> => getPayload({ config })

/**
 * Only the Mijn buurt cookie counts (not an Authorization header). Payload accepts a cookie only from
 * its own origin (its CSRF list) or a same-site navigation; Mijn buurt runs on the wijk's domain, so
 * the wijk's origin was checked before (mijnPostHandler for posts; a GET page only shows the
 * resident's own data to the resident's own browser, and the cookie is SameSite=Lax).
 */
const cookieOnly = (headers: Headers): Headers | null => {
  const cookie = headers.get('cookie')
  if (!cookie || !cookie.includes(`${AUTH_COOKIE}=`)) return null
  return new Headers({ cookie, 'sec-fetch-site': 'same-origin' })
}

/** The signed-in resident or partner of this request's wijk, or null. */
export const getMijnSession = async (headers: Headers): Promise<MijnSession | null> => {
  const payload = await mijnPayload()
  const wijk = await wijkForRequest(payload, headers)
  if (!wijk) return null
  const own = cookieOnly(headers)
  if (!own) return null
  const { user } = await payload.auth({ headers: own })
  if (!user || user.collection !== 'users') return null
  const account = user as User
  if (!isMijnRole(account.role) || !belongsToWijk(account, wijk)) return null
  return { payload, user: account, wijk }
}
