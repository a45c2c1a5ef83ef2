import { mijnPostHandler, seeOther } from '../../../../../mijn/http/mijnPostHandler'
import { mijnPayload } from '../../../../../mijn/session/getMijnSession'
import { linkRequestSchema } from '../../../../../mijn/session/signInSchema'
import { requestSignInLink } from '../../../../../mijn/signInLink/requestSignInLink'

/** POST /mijn/actie/inloglink: mails a sign-in link (see requestSignInLink); always the same answer. */
export const POST = mijnPostHandler({
  schema: linkRequestSchema,
  signedIn: false,
  rateLimit: { max: 10, windowMs: 15 * 60_000 },
  back: '/mijn/inloggen/link/',
  handle: async ({ data, wijk, headers }) => {
    await requestSignInLink(await mijnPayload(), headers, wijk, data.email)
    return seeOther('/mijn/inloggen/link/?verstuurd=1')
  },
})
