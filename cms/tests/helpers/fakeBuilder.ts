import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

import { type BuildRequest, buildRequestSchema, verifyWebhook, type WebhookVerdict } from '@wijk/shared/webhook'

type Delivery = { webhookId: string; body: string; request: BuildRequest; verdict: WebhookVerdict; status: number; seen: unknown }

type Options = {
  secret: string
  /** The HTTP status for the nth webhook (0-based); 200 unless told otherwise. */
  statusFor?: (attempt: number) => number
  /** Runs when a webhook arrives, before the answer: read the CMS back here. */
  onWebhook?: (request: BuildRequest) => Promise<unknown>
  /** What GET /status answers. */
  status?: () => unknown
}

const readBody = async (req: IncomingMessage) => {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * Plays the site builder on a loopback port: verifies each webhook's signature against the raw
 * body, parses it with the shared schema and records it. Every attempt is recorded, failed or not.
 */
export const startFakeBuilder = async (options: Options) => {
  const attempts: Delivery[] = []
  let waiters: (() => void)[] = []
  const server = createServer(async (req, res) => {
    if (req.method === 'GET' && req.url === '/status') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(options.status?.() ?? { wijken: {} }))
      return
    }
    const body = await readBody(req)
    const header = (name: string) => req.headers[name] as string | undefined
    const verdict = verifyWebhook(
      options.secret,
      { 'webhook-id': header('webhook-id'), 'webhook-timestamp': header('webhook-timestamp'), 'webhook-signature': header('webhook-signature') },
      body,
    )
    const request = buildRequestSchema.parse(JSON.parse(body))
    const seen = await options.onWebhook?.(request)
    const status = options.statusFor?.(attempts.length) ?? 200
    attempts.push({ webhookId: header('webhook-id') ?? '', body, request, verdict, status, seen })
    res.writeHead(status).end()
    for (const wake of waiters) wake()
    waiters = []
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  /** Resolves once `count` attempts have arrived in total; rejects after `timeoutMs`. */
  const waitForAttempts = async (count: number, timeoutMs = 5_000) => {
    const deadline = Date.now() + timeoutMs
    while (attempts.length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} webhook attempts, got ${attempts.length}`)
      await new Promise<void>((resolve) => {
        waiters.push(resolve)
        setTimeout(resolve, 50)
      })
    }
    return attempts
  }

  return {
    url: `http://127.0.0.1:${port}/webhook`,
    attempts,
    waitForAttempts,
    /** Deliveries that were answered with a 2xx. */
    delivered: () => attempts.filter((a) => a.status >= 200 && a.status < 300),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export type FakeBuilder = Awaited<ReturnType<typeof startFakeBuilder>>

/** Lets queued work (a post-commit delivery) happen; then nothing more should arrive. */
export const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms))
