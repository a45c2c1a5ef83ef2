import type { Endpoint, PayloadRequest } from 'payload'
import type { z } from 'zod'

import { sitePaths } from '@wijk/shared/sitePaths'

import { originOf, type PostOrigin } from './allowedOrigins'
import { htmlAnswer, jsonAnswer, type PublicAnswer, redirectAnswer } from './answers'
import { clientIp } from './clientIp'
import { dutchFallback, fieldErrors } from './dutchIssues'
import { parseBody, UnreadableBodyError } from './parseBody'
import { createPublicRateLimiter } from './publicRateLimiter'
import { BodyTooLargeError } from './readBody'

/** Hidden on every site form; people never fill it in, form-filling bots do. */
const HONEYPOT_FIELD = 'website'

export type PublicContext = { req: PayloadRequest; origin: PostOrigin | null; files: Record<string, File> }

/**
 * `siteUrl`: the wijk site whose thank-you page a form post goes to (else the origin's).
 * `answerHere`: accepted, but the thank-you page would promise too much (no confirmation mail is
 * coming), so a form post gets the short answer page with this message instead.
 */
export type PublicResult =
  { ok: true; message: string; siteUrl?: string; answerHere?: boolean } | { ok: false; status: number; message: string; errors?: Record<string, string> }

export type PublicEndpointOptions<S extends z.ZodType> = {
  path: string
  schema: S
  rateLimit: { max: number; windowMs: number }
  /** Path on the wijk site a plain form post is sent to when accepted. */
  thankYouPath?: string
  /** Default 20 KB; a form with a photo needs more. */
  maxBytes?: number
  handle: (input: z.output<S>, context: PublicContext) => Promise<PublicResult>
}

const MESSAGES = {
  origin: 'Dit formulier kan alleen worden verstuurd vanaf de website van de wijk.',
  tooMany: 'Je hebt in korte tijd te vaak iets verstuurd. Wacht een paar minuten en probeer het dan opnieuw.',
  tooLarge: 'Wat je verstuurt is te groot. Maak je bericht korter of kies een kleinere foto.',
  unreadable: 'Het formulier kon niet worden gelezen. Probeer het opnieuw.',
  unsupported: 'Dit formulier kon niet worden gelezen. Verstuur het vanaf de website van de wijk.',
  invalid: 'Niet alles is goed ingevuld. Kijk de punten hieronder na.',
  accepted: 'Bedankt! We hebben je bericht ontvangen.',
  serverError: 'Er ging bij ons iets mis. Je bericht is niet verstuurd. Probeer het later opnieuw.',
} as const

/** A plain HTML form post (not a script asking for JSON). */
const wantsHtml = (req: PayloadRequest): boolean => {
  const type = req.headers.get('content-type') ?? ''
  const isForm = type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')
  return isForm && !(req.headers.get('accept') ?? '').includes('application/json')
}

/** The sender's page, when it is on an allowed site: the "Ga terug" link. */
const backUrlOf = (req: PayloadRequest, origin: PostOrigin | null): string | null => {
  const referer = req.headers.get('referer')
  if (referer && origin) return referer
  return origin?.kind === 'wijk' ? origin.siteUrl : null
}

const thankYouUrl = (siteUrl: string, thankYouPath: string) => new URL(thankYouPath, siteUrl).toString()

/**
 * The one wrapper for every public write endpoint (forms on the wijk sites). In this order: size,
 * origin, per-client rate limit (see clientIp), body parsing, honeypot, zod validation, then the endpoint's own work.
 * Bad input always gets a 4xx with a Dutch message; only a real fault in `handle` gives a 500.
 */
export const publicEndpoint = <S extends z.ZodType>(options: PublicEndpointOptions<S>): Endpoint => {
  const { path, schema, thankYouPath = sitePaths.thanks(), maxBytes = 20_000, handle } = options
  const limiter = createPublicRateLimiter(options.rateLimit)

  return {
    path,
    method: 'post',
    handler: async (req) => {
      const html = wantsHtml(req)
      let origin: PostOrigin | null = null
      const answer = (result: PublicAnswer, headers: Record<string, string> = {}) =>
        html ? htmlAnswer(result, backUrlOf(req, origin), headers) : jsonAnswer(result, headers)
      const accepted = (siteUrl: string | undefined, message: string = MESSAGES.accepted) => {
        // The origin first: it is checked and, for a local demo, carries the builder's port.
        const site = (origin?.kind === 'wijk' ? origin.siteUrl : undefined) ?? siteUrl
        return html && site ? redirectAnswer(thankYouUrl(site, thankYouPath)) : answer({ status: 200, message })
      }

      try {
        // Browsers send Origin with every POST; a missing one is a non-browser client, which no
        // origin check can stop anyway (the rate limit and validation still apply).
        const claimed = req.headers.get('origin') ?? req.headers.get('referer')
        if (claimed !== null) {
          origin = await originOf(req.payload, claimed)
          if (!origin) return answer({ status: 403, message: MESSAGES.origin })
        }
        const limit = await limiter.consume(clientIp(req.headers))
        if (!limit.allowed) return answer({ status: 429, message: MESSAGES.tooMany }, { 'retry-after': String(limit.retryAfterSeconds) })

        const body = await parseBody(req as unknown as Request, maxBytes)
        const honeypot = body.fields[HONEYPOT_FIELD]
        if (honeypot !== undefined && honeypot !== null && honeypot !== '') return accepted(undefined)
        delete body.fields[HONEYPOT_FIELD]

        const parsed = schema.safeParse(body.fields, { error: dutchFallback })
        if (!parsed.success) return answer({ status: 400, message: MESSAGES.invalid, errors: fieldErrors(parsed.error) })

        const result = await handle(parsed.data, { req, origin, files: body.files })
        if (!result.ok) return answer({ status: result.status, message: result.message, errors: result.errors })
        if (result.answerHere) return answer({ status: 200, message: result.message })
        return accepted(result.siteUrl, result.message)
      } catch (error) {
        if (error instanceof BodyTooLargeError) return answer({ status: 413, message: MESSAGES.tooLarge })
        if (error instanceof UnreadableBodyError) {
          return answer({ status: error.status, message: error.status === 415 ? MESSAGES.unsupported : MESSAGES.unreadable })
        }
        req.payload.logger.error({ err: error, msg: `Public endpoint ${path} failed` })
        return answer({ status: 500, message: MESSAGES.serverError })
      }
    },
  }
}
