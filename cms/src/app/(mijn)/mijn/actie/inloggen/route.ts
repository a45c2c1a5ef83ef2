import { mijnAnswerPage, mijnPostHandler, seeOther } from '../../../../../mijn/http/mijnPostHandler'
import { sessionCookie } from '../../../../../mijn/session/authCookie'
import { mijnPayload } from '../../../../../mijn/session/getMijnSession'
import { signInWithPassword } from '../../../../../mijn/session/signIn'
import { codeOfRefusal } from '../../../../../mijn/session/signInMessages'
import { passwordSignInSchema } from '../../../../../mijn/session/signInSchema'

/**
 * POST /mijn/actie/inloggen: e-mail and password. A right password of a resident or partner of this
 * wijk gets the session cookie and goes to /mijn/; anything else back to the form with what to do.
 * Wrong passwords are also counted per address and client by Users/loginThrottle.ts.
 */
export const POST = mijnPostHandler({
  schema: passwordSignInSchema,
  signedIn: false,
  rateLimit: { max: 30, windowMs: 15 * 60_000 },
  back: '/mijn/inloggen/',
  handle: async ({ data, wijk, headers }) => {
    const result = await signInWithPassword(await mijnPayload(), headers, wijk, data.email, data.password)
    if (result.ok) return seeOther('/mijn/', { 'set-cookie': sessionCookie(headers, result.token, result.maxAgeSeconds) })
    if (result.reason === 'throttled') {
      return mijnAnswerPage(
        {
          status: 429,
          title: 'Even wachten',
          message: 'Te vaak een verkeerd wachtwoord. Wacht een kwartier en probeer het dan opnieuw, of vraag een inloglink aan.',
          back: { href: '/mijn/inloggen/link/', label: 'Stuur mij een inloglink' },
          headers: { 'retry-after': String(result.retryAfterSeconds ?? 900) },
        },
        wijk,
      )
    }
    return seeOther(`/mijn/inloggen/?fout=${codeOfRefusal(result.reason)}`)
  },
})
