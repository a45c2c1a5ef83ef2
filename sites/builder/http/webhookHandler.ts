import type { IncomingMessage, ServerResponse } from 'node:http'

import { clientAddressOf, rateLimitKeyOf } from '@wijk/shared/clientAddress'
import type { RateLimiter } from '@wijk/shared/rateLimit'
import { type BuildRequest, buildRequestSchema, verifyWebhook } from '@wijk/shared/webhook'

import { BodyTooLargeError, readBody } from './readBody.ts'
import type { createReplayGuard } from './replayGuard.ts'
import { sendJson } from './sendJson.ts'

/** The CMS's build requests are a few hundred bytes. */
const BODY_LIMIT = 16 * 1024

type Options = {
  secret: string
  replayGuard: ReturnType<typeof createReplayGuard>
  /** Per client: only signed requests cause builds, so this keeps a flood of junk from costing signature checks. */
  rateLimiter: RateLimiter
  /** TRUST_PROXY_HOPS: which X-Forwarded-For entry names the client (0: the socket address). */
  trustProxyHops: number
  /** Called only for verified, first-seen, well-formed requests; must not wait for the build. */
  onBuildRequest: (request: BuildRequest) => void
}

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/**
 * POST /webhook. Order matters: the signature is checked on the raw bytes before anything is parsed,
 * a replayed message is refused even with a valid signature, and only then is the body read as a build
 * request. Answers 202 at once (the CMS retries anything else); the build runs in the background.
 * Unknown wijken are accepted: only the CMS can sign, and the snapshot fetch reports a wijk that does
 * not exist (as a final error on /status) without the builder keeping its own list of wijken.
 */
export const handleWebhook = async (req: IncomingMessage, res: ServerResponse, options: Options) => {
  if (req.method !== 'POST') return sendJson(res, 405, { error: 'Use POST.' }, { Allow: 'POST' })
  const client = clientAddressOf({ socketAddress: req.socket.remoteAddress, forwardedFor: req.headers['x-forwarded-for'], trustedHops: options.trustProxyHops })
  const limit = await options.rateLimiter.consume(rateLimitKeyOf(client))
  if (!limit.allowed) return sendJson(res, 429, { error: 'Too many requests.' }, { 'Retry-After': String(limit.retryAfterSeconds) })
  let body: string
  try {
    body = await readBody(req, BODY_LIMIT)
  } catch (error) {
    if (error instanceof BodyTooLargeError) return sendJson(res, 413, { error: `The body exceeds ${BODY_LIMIT} bytes.` })
    throw error
  }
  const headers = {
    'webhook-id': header(req, 'webhook-id'),
    'webhook-timestamp': header(req, 'webhook-timestamp'),
    'webhook-signature': header(req, 'webhook-signature'),
  }
  const verdict = verifyWebhook(options.secret, headers, body)
  if (!verdict.ok) return sendJson(res, 401, { error: `Webhook refused: ${verdict.reason}.` })
  // A replay is the same signed message again. The CMS's retry of a delivery whose answer got lost keeps
  // the webhook-id but is signed anew with a fresh timestamp: that one is let through (a rebuild is harmless).
  if (!options.replayGuard.firstTime(`${verdict.id}.${headers['webhook-timestamp']}`))
    return sendJson(res, 401, { error: 'Webhook refused: this webhook was already received (replay).' })
  const parsed = buildRequestSchema.safeParse(parseJson(body))
  if (!parsed.success) return sendJson(res, 400, { error: 'The body is not a build request.', issues: parsed.error.issues })
  options.onBuildRequest(parsed.data)
  sendJson(res, 202, { accepted: true, wijk: parsed.data.wijk })
}
