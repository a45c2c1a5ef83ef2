import { mijnPostHandler, seeOther } from '../../../../mijn/http/mijnPostHandler'
import { expiredSessionCookie } from '../../../../mijn/session/authCookie'
import { mijnPayload } from '../../../../mijn/session/getMijnSession'
import { revokeToken, tokenOfRequest } from '../../../../mijn/session/signIn'
import { z } from 'zod'

/**
 * POST /mijn/uitloggen: ends the session (removed from the account's sessions, so the token is no good
 * anywhere any more) and clears the cookie. A post, not a link: a link could sign anyone out from a mail.
 */
export const POST = mijnPostHandler({
  schema: z.object({}),
  signedIn: false,
  rateLimit: { max: 60, windowMs: 15 * 60_000 },
  handle: async ({ headers }) => {
    const token = tokenOfRequest(headers)
    if (token) await revokeToken(await mijnPayload(), token)
    return seeOther('/mijn/inloggen/?fout=uitgelogd', { 'set-cookie': expiredSessionCookie(headers) })
  },
})
