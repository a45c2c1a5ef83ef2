import { commitTransaction, type Endpoint, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { createRateLimiter } from '@wijk/shared/rateLimit'

import { isEditorRole, roleOf } from '../access/roles'
import { publicCmsUrl } from '../env'
import { originOf } from '../public/allowedOrigins'
import { htmlAnswer, jsonAnswer, type PublicAnswer, redirectAnswer } from '../public/answers'
import { dutchFallback, fieldErrors } from '../public/dutchIssues'
import { parseBody, UnreadableBodyError } from '../public/parseBody'
import { BodyTooLargeError } from '../public/readBody'
import { decide } from './decide'
import { decisionSchema } from './decisionSchema'

/** Plenty for a redactie working through its queue; a script hammering it stops here. */
const limiter = createRateLimiter({ max: 60, windowMs: 60_000 })

const MESSAGES = {
  origin: 'Dit kan alleen vanuit het beheer van het wijkplatform.',
  login: 'Log eerst in bij het beheer.',
  role: 'Alleen de redactie kan hierover beslissen.',
  tooMany: 'Je hebt in korte tijd heel veel besluiten verstuurd. Wacht een minuut en probeer het dan opnieuw.',
  invalid: 'Niet alles is goed ingevuld. Kijk de punten hieronder na.',
  unreadable: 'Het formulier kon niet worden gelezen. Open de wachtrij opnieuw.',
  serverError: 'Er ging bij ons iets mis. Er is niets veranderd. Probeer het later opnieuw.',
} as const

const QUEUE_PATH = '/admin/wachtrij'

/** A plain form post from the Wachtrij (not a script asking for JSON). */
const wantsHtml = (req: PayloadRequest) => {
  const type = req.headers.get('content-type') ?? ''
  return (
    (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) &&
    !(req.headers.get('accept') ?? '').includes('application/json')
  )
}

/**
 * POST /api/redactie/besluit — approve, ask for changes (with the comment) or reject (with the
 * reason) one waiting item, from the Wachtrij's plain HTML forms (303 back to the Wachtrij) or as
 * JSON. In this order: Origin/Referer must be the CMS itself, logged in, redactie or admin, rate
 * limit per account, zod; then the decision with the editor's own access, in one transaction with
 * its mails. Every refusal is a 4xx with a Dutch message.
 */
export const decisionEndpoint: Endpoint = {
  path: '/redactie/besluit',
  method: 'post',
  handler: async (req) => {
    const html = wantsHtml(req)
    const answer = (result: PublicAnswer, headers: Record<string, string> = {}) =>
      html ? htmlAnswer(result, `${publicCmsUrl()}${QUEUE_PATH}`, headers) : jsonAnswer(result, headers)
    try {
      const claimed = req.headers.get('origin') ?? req.headers.get('referer')
      if (claimed !== null && (await originOf(req.payload, claimed))?.kind !== 'cms') return answer({ status: 403, message: MESSAGES.origin })
      if (!req.user) return answer({ status: 401, message: MESSAGES.login })
      if (!isEditorRole(roleOf(req))) return answer({ status: 403, message: MESSAGES.role })
      const limit = await limiter.consume(String(req.user.id))
      if (!limit.allowed) return answer({ status: 429, message: MESSAGES.tooMany }, { 'retry-after': String(limit.retryAfterSeconds) })

      const body = await parseBody(req as unknown as Request, 20_000)
      const parsed = decisionSchema.safeParse(body.fields, { error: dutchFallback })
      if (!parsed.success) return answer({ status: 400, message: MESSAGES.invalid, errors: fieldErrors(parsed.error) })

      const ownTransaction = await initTransaction(req)
      let result: Awaited<ReturnType<typeof decide>>
      try {
        result = await decide(req, parsed.data)
        if (ownTransaction) await (result.ok ? commitTransaction(req) : killTransaction(req))
      } catch (error) {
        if (ownTransaction) await killTransaction(req)
        throw error
      }
      if (!result.ok) return answer({ status: result.status, message: result.message })
      if (html) return redirectAnswer(`${QUEUE_PATH}?besluit=${parsed.data.decision}&titel=${encodeURIComponent(result.title)}`)
      return answer({ status: 200, message: 'Gedaan.' })
    } catch (error) {
      if (error instanceof BodyTooLargeError) return answer({ status: 413, message: MESSAGES.unreadable })
      if (error instanceof UnreadableBodyError) return answer({ status: error.status, message: MESSAGES.unreadable })
      const status = (error as { status?: number }).status
      // A refusal of the workflow itself (Dutch, from applyEditorialStatus or access) reaches the editor as it is.
      if (status && status >= 400 && status < 500) return answer({ status, message: (error as Error).message })
      req.payload.logger.error({ err: error, msg: 'A decision from the Wachtrij failed' })
      return answer({ status: 500, message: MESSAGES.serverError })
    }
  },
}
