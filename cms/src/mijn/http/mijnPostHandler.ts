import type { RateLimit } from '@wijk/shared/rateLimit'
import type { z } from 'zod'

import { clientIp } from '../../public/clientIp'
import { dutchFallback, fieldErrors } from '../../public/dutchIssues'
import { BodyTooLargeError } from '../../public/readBody'
import { parseBody, UnreadableBodyError } from '../../public/parseBody'
import { createPublicRateLimiter } from '../../public/publicRateLimiter'
import type { Wijken } from '../../payload-types'
import { getMijnSession, type MijnSession, mijnPayload } from '../session/getMijnSession'
import { SIGN_IN_PATH } from '../session/paths'
import { wijkForRequest } from '../wijk/wijkForRequest'
import { isFromWijkSite } from './checkOrigin'
import { mijnAnswerPage, seeOther } from './mijnAnswerPage'

export { mijnAnswerPage, seeOther }

/** What `handle` gets: the parsed form, its files (photos), the wijk and (for signed-in forms) the session. */
type MijnPostContext<Data, Session> = {
  data: Data
  files: Record<string, File>
  wijk: Wijken
  session: Session
  headers: Headers
  request: Request
}

type Options<Schema extends z.ZodType, SignedIn extends boolean> = {
  schema: Schema
  /** Per client address (cms/server.ts's x-wijk-client-ip). */
  rateLimit: RateLimit
  /** Default true: the form needs a signed-in resident or partner of this wijk. */
  signedIn?: SignedIn
  /** Default 64 kB; a form with a photo needs more. */
  maxBytes?: number
  /** Where "Ga terug" leads on an error page (default: the page the form was on, else /mijn/). */
  back?: string
  handle: (context: MijnPostContext<z.output<Schema>, SignedIn extends false ? null : MijnSession>) => Promise<Response>
  /** Answer to a body the schema refused (default: 400 with the Dutch list of what to fix). */
  invalid?: (errors: Record<string, string>, context: { wijk: Wijken; headers: Headers; fields: Record<string, unknown> }) => Response | Promise<Response>
}

const DEFAULT_MAX_BYTES = 64 * 1024

/** The path of the page the form was on, when it is a Mijn buurt page (for "Ga terug"). */
const backPathOf = (headers: Headers, fallback: string): string => {
  try {
    const referer = new URL(headers.get('referer') ?? '')
    if (referer.pathname.startsWith('/mijn/')) return referer.pathname
  } catch {
    // no or no usable referer
  }
  return fallback
}

/**
 * A route handler (`export const POST = mijnPostHandler({...})`) for one Mijn buurt form. See the
 * comment at the top of session/getMijnSession.ts for how and in which order it checks.
 */
export const mijnPostHandler = <Schema extends z.ZodType, SignedIn extends boolean = true>(options: Options<Schema, SignedIn>) => {
  const limiter = createPublicRateLimiter(options.rateLimit)
  const needsSession = options.signedIn !== false
  return async (request: Request): Promise<Response> => {
    const headers = request.headers
    const payload = await mijnPayload()
    const wijk = await wijkForRequest(payload, headers)
    if (!wijk) return mijnAnswerPage({ status: 404, title: 'Niet gevonden', message: 'Deze pagina bestaat hier niet.' })
    const back = { href: backPathOf(headers, options.back ?? '/mijn/'), label: 'Ga terug' }
    if (!(await isFromWijkSite(payload, headers, wijk))) {
      return mijnAnswerPage(
        {
          status: 403,
          title: 'Dat ging niet goed',
          message: `Dit formulier kan alleen worden verstuurd vanaf de site van ${wijk.name}. Open de pagina opnieuw en probeer het nog eens.`,
          back,
        },
        wijk,
      )
    }
    const decision = await limiter.consume(clientIp(headers))
    if (!decision.allowed) {
      return mijnAnswerPage(
        {
          status: 429,
          title: 'Even wachten',
          message: 'Je hebt dit formulier vaak achter elkaar verstuurd. Wacht een kwartier en probeer het dan opnieuw.',
          back,
          headers: { 'retry-after': String(decision.retryAfterSeconds) },
        },
        wijk,
      )
    }
    let body: Awaited<ReturnType<typeof parseBody>>
    try {
      body = await parseBody(request, options.maxBytes ?? DEFAULT_MAX_BYTES)
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        return mijnAnswerPage(
          { status: 413, title: 'Te groot', message: 'Wat je verstuurde is te groot. Kies een kleinere foto of maak de tekst korter.', back },
          wijk,
        )
      }
      if (error instanceof UnreadableBodyError) {
        return mijnAnswerPage(
          {
            status: error.status,
            title: 'Dat ging niet goed',
            message: 'We konden het formulier niet lezen. Vul het opnieuw in en verstuur het nog eens.',
            back,
          },
          wijk,
        )
      }
      throw error
    }
    const session = needsSession ? await getMijnSession(headers) : null
    if (needsSession && !session) return seeOther(SIGN_IN_PATH)
    const parsed = options.schema.safeParse(body.fields, { error: dutchFallback } as never)
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error)
      if (options.invalid) return options.invalid(errors, { wijk, headers, fields: body.fields })
      return mijnAnswerPage({ status: 400, title: 'Kijk het nog eens na', message: 'Niet alles is goed ingevuld:', items: Object.values(errors), back }, wijk)
    }
    return options.handle({
      data: parsed.data as z.output<Schema>,
      files: body.files,
      wijk,
      session: session as never,
      headers,
      request,
    })
  }
}
