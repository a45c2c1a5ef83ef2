import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'

import { serveStatic } from '../scripts/lib/staticServer.mjs'
import { notBuiltYetPage, statusPage, wijkListPage } from './htmlPages.ts'
import { sendJson } from './sendJson.ts'
import { resolvedRelease } from './releaseLayout.ts'
import { handleWebhook } from './webhookHandler.ts'
import { isBuilderHost, wijkForHost } from './wijkForHost.ts'
import type { WijkStatus } from './wijkStatus.ts'

type Options = {
  port: number
  webhook: Parameters<typeof handleWebhook>[2]
  status: () => Record<string, WijkStatus>
  /** Slugs this builder knows, and its wijken's own domains → slug. */
  known: () => ReadonlySet<string>
  byDomain: () => ReadonlyMap<string, string>
  names: () => ReadonlyMap<string, string>
  /** The live release folder's link (`out/<wijk>/current`). */
  currentLinkOf: (wijk: string) => string
}

const sendHtml = (res: ServerResponse, status: number, html: string, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers })
  res.end(html)
}

const wantsHtml = (req: IncomingMessage) => /text\/html/.test(req.headers.accept ?? '')

const sendStatus = (req: IncomingMessage, res: ServerResponse, wijken: Record<string, WijkStatus>, port: number) =>
  wantsHtml(req) ? sendHtml(res, 200, statusPage(wijken, port)) : sendJson(res, 200, { wijken })


const serveSite = (req: IncomingMessage, res: ServerResponse, options: Options) => {
  const wijk = wijkForHost(req.headers.host, options.known(), options.byDomain())
  if (!wijk) {
    const status = options.status()
    const list = [...options.known()].map((slug) => ({ slug, name: options.names().get(slug) ?? slug, live: Boolean(status[slug]?.current) }))
    return sendHtml(res, isBuilderHost(req.headers.host) ? 200 : 404, wijkListPage(list, options.port))
  }
  // Resolved once, so the whole request is answered from one release.
  const root = resolvedRelease(options.currentLinkOf(wijk))
  if (!root) return sendHtml(res, 503, notBuiltYetPage(wijk, options.status()[wijk]?.lastError?.message ?? null), { 'Retry-After': '30' })
  serveStatic(req, res, root)
}

/**
 * The builder's HTTP face: POST /webhook (signed build requests from the CMS), GET /status (JSON, or
 * a table for browsers), and every other request served from the live release of the wijk named by
 * the Host header.
 */
export const createBuilderServer = (options: Options) => {
  const server = createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0]
    const answer =
      pathname === '/webhook' ? handleWebhook(req, res, options.webhook)
      : pathname === '/status' ? sendStatus(req, res, options.status(), options.port)
      : serveSite(req, res, options)
    Promise.resolve(answer).catch((error: Error) => {
      console.error(`[builder] ${req.method} ${req.url}: ${error.stack ?? error.message}`)
      if (!res.headersSent) sendJson(res, 500, { error: 'Internal error.' })
      else res.destroy()
    })
  })
  // Slow or stalled clients (a webhook body trickling in) must not hold sockets for minutes.
  server.headersTimeout = 10_000
  server.requestTimeout = 30_000
  return server
}
