import { z } from 'zod'

import { mijnPostHandler, seeOther } from '../../../../../mijn/http/mijnPostHandler'
import { sessionCookie } from '../../../../../mijn/session/authCookie'
import { mijnPayload } from '../../../../../mijn/session/getMijnSession'
import { codeOfRefusal } from '../../../../../mijn/session/signInMessages'
import { useSignInLink } from '../../../../../mijn/signInLink/useSignInLink'

/** POST /mijn/actie/inloglink-gebruiken: the button on the link's page; uses the link up and signs in. */
export const POST = mijnPostHandler({
  schema: z.object({ token: z.string({ error: 'Deze inloglink is niet compleet. Open de link uit de mail opnieuw.' }).max(100) }),
  signedIn: false,
  rateLimit: { max: 20, windowMs: 15 * 60_000 },
  back: '/mijn/inloggen/link/',
  handle: async ({ data, wijk, headers }) => {
    const result = await useSignInLink(await mijnPayload(), data.token, wijk)
    if (result.ok) return seeOther('/mijn/', { 'set-cookie': sessionCookie(headers, result.token, result.maxAgeSeconds) })
    if (result.reason === 'wrong') return seeOther('/mijn/inloggen/?fout=link')
    return seeOther(`/mijn/inloggen/?fout=${codeOfRefusal(result.reason === 'throttled' ? 'wrong' : result.reason)}`)
  },
})
