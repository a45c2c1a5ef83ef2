import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'

import { serveStatic } from './staticServer.ts'
import { notBuiltYetPage, statusPage, unknownSitePage, wijkListPage } from './htmlPages.ts'
import { sendJson } from './sendJson.ts'
import { resolvedRelease } from '../release/releaseLayout.ts'
import { handleWebhook } from './webhookHandler.ts'
import { isMijnPath, proxyToCms } from './mijnProxy.ts'
import type { StatusAccess } from './statusAccess.ts'
import { wijkForHost } from './wijkForHost.ts'
import type { WijkStatus } from '../wijkStatus.ts'

type Options = {
  port: number
  webhook: Parameters<typeof handleWebhook>[2]
  status: () => Record<string, WijkStatus>
  /** Who may see the builder's own pages (status, wijk list). */
  statusAccess: StatusAccess
  /** Slugs this builder knows, and its wijken's own domains → slug. */
  known: () => ReadonlySet<string>
  byDomain: () => ReadonlyMap<string, string>
  names: () => ReadonlyMap<string, string>
  /** The live release folder's link (`out/<wijk>/current`). */
  currentLinkOf: (wijk: string) => string
  /** Where `/mijn` and `/mijn/…` of a wijk's host go (Mijn buurt, in the CMS); unset: not passed on. */
  mijnCmsUrl?: string
}

const sendHtml = (res: ServerResponse, status: number, html: string, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers })
  res.end(html)
}

const wantsHtml = (req: IncomingMessage) => /text\/html/.test(req.headers.accept ?? '')

const sendStatus = (req: IncomingMessage, res: ServerResponse, wijken: Record<string, WijkStatus>, port: number) =>
  wantsHtml(req) ? sendHtml(res, 200, statusPage(wijken, port)) : sendJson(res, 200, { wijken })

/** A wijk's own site, whatever the path: its live release, or a neutral page while it has none. */
const serveWijk = (req: IncomingMessage, res: ServerResponse, wijk: string, options: Options) => {
  // Resolved once, so the whole request is answered from one release.
  const root = resolvedRelease(options.currentLinkOf(wijk))
  // The build's error text (it names the CMS's address) is for the status, not for visitors.
  if (!root) return sendHtml(res, 503, notBuiltYetPage(wijk, Boolean(options.status()[wijk]?.lastError)), { 'Retry-After': '30' })
  serveStatic(req, res, root)
}

/** The builder's own pages (status, the list of wijken), for authorised callers only. */
const serveBuilderPages = (req: IncomingMessage, res: ServerResponse, pathname: string, options: Options) => {
  if (!options.statusAccess.allows(req)) {
    if (pathname === '/status' && options.statusAccess.needsToken) {
      return sendJson(res, 401, { error: 'Authorization: Bearer <BUILDER_STATUS_TOKEN> required.' }, { 'WWW-Authenticate': 'Bearer realm="wijk-builder"' })
    }
    return sendHtml(res, 404, unknownSitePage())
  }
  if (pathname === '/status') return sendStatus(req, res, options.status(), options.port)
  const status = options.status()
  const list = [...options.known()].map((slug) => ({ slug, name: options.names().get(slug) ?? slug, live: Boolean(status[slug]?.current) }))
  sendHtml(res, 200, wijkListPage(list, options.port))
}

/**
 * The builder's HTTP face. A request whose Host names a wijk (`<slug>.localhost`, its own domain) is
 * answered from that wijk's live release, whatever its path: a wijk's host serves only its site, and
 * Mijn buurt (`/mijn`, `/mijn/…`), which the CMS serves and this server passes on (mijnProxy.ts). Any
 * other host is the builder's own address: POST /webhook (signed build requests from the CMS), and for
 * authorised callers only (see statusAccess.ts) GET /status (JSON, or a table for browsers) and the
 * list of wijken; everything else there is a 404.
 */
export const createBuilderServer = (options: Options) => {
  const server = createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/'
    const wijk = wijkForHost(req.headers.host, options.known(), options.byDomain())
    const answer = wijk
      ? options.mijnCmsUrl && isMijnPath(req.url ?? '/')
        ? proxyToCms(req, res, { cmsUrl: options.mijnCmsUrl })
        : serveWijk(req, res, wijk, options)
      : pathname === '/webhook'
        ? handleWebhook(req, res, options.webhook)
        : serveBuilderPages(req, res, pathname, options)
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
