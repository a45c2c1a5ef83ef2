import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http'
import { request as httpsRequest } from 'node:https'

/**
 * Mijn buurt lives in the CMS (its Next app) but is served on the wijk's own host, so it feels like one
 * site and its cookie stays the wijk's. On a wijk's host this passes `/mijn` and `/mijn/…` to the CMS,
 * streaming both ways (a photo upload is never held in memory), and everything the CMS answers (status,
 * Set-Cookie, Location, body) back. In production nginx or Caddy do the same (docs/mijn-buurt.md).
 *
 * The CMS learns the wijk from the Host (passed on as the browser sent it) or, with TRUST_PROXY_HOPS=1,
 * from X-Forwarded-Host (set here from that Host, overwriting the client's); the scheme from
 * X-Forwarded-Proto, and the client from X-Forwarded-For (the socket's address appended, as nginx's
 * $proxy_add_x_forwarded_for): with TRUST_PROXY_HOPS=1 it reads exactly what this proxy wrote, never
 * what the client wrote. With 0 (the demo's default) every visitor shares the builder's address.
 */

/**
 * Only a path that is plainly /mijn or under it, as sent: no dot segments, no encoded slash, backslash
 * or dot, so the CMS (which normalises paths) can never be reached at another path through here
 * (`/mijn/../api/users` or `/mijn/%2e%2e/admin` stay with the static site, which answers 404).
 */
export const isMijnPath = (rawUrl: string): boolean => {
  const path = rawUrl.split('?')[0] ?? ''
  if (path !== '/mijn' && !path.startsWith('/mijn/')) return false
  if (/%2f|%5c|%2e|\\/i.test(path)) return false
  return !path.split('/').some((segment) => segment === '.' || segment === '..')
}

/** Hop-by-hop headers (RFC 9110 7.6.1) and headers only the CMS's own server may set: never forwarded. */
const DROPPED_REQUEST_HEADERS = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'forwarded',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-forwarded-port',
  'x-wijk-client-ip',
  'x-wijk-host',
  'x-wijk-proto',
])
const DROPPED_RESPONSE_HEADERS = new Set(['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade'])

const appendForwardedFor = (existing: string | string[] | undefined, address: string | undefined): string => {
  const chain = [existing].flat().filter(Boolean).join(', ')
  const own = (address ?? '').replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1') || 'unknown'
  return chain ? `${chain}, ${own}` : own
}

const BAD_GATEWAY_PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Even niet bereikbaar</title></head><body style="font-family:system-ui,sans-serif;font-size:1.2rem;max-width:36rem;margin:2rem auto;padding:0 1rem"><h1>Mijn buurt is even niet bereikbaar</h1><p>Probeer het over een paar minuten opnieuw.</p></body></html>`

/** A Location on the CMS's own address becomes a path of the wijk's host (Next may answer absolute). */
const localLocation = (location: string, cms: URL): string => {
  try {
    const target = new URL(location, cms)
    return target.origin === cms.origin ? `${target.pathname}${target.search}${target.hash}` : location
  } catch {
    return location
  }
}

export type MijnProxyOptions = {
  /** The CMS's address as the builder reaches it (CMS_URL). */
  cmsUrl: string
  /** The scheme the browser used: `http` for the local demo; behind TLS termination, what that proxy says. */
  protoOf?: (req: IncomingMessage) => 'http' | 'https'
}

/** Passes one request to the CMS and its answer back. */
export const proxyToCms = (req: IncomingMessage, res: ServerResponse, options: MijnProxyOptions): Promise<void> =>
  new Promise((resolve) => {
    const cms = new URL(options.cmsUrl)
    const headers: Record<string, string | string[]> = {}
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined && !DROPPED_REQUEST_HEADERS.has(name)) headers[name] = value
    headers['x-forwarded-host'] = req.headers.host ?? ''
    headers['x-forwarded-proto'] = options.protoOf?.(req) ?? 'http'
    headers['x-forwarded-for'] = appendForwardedFor(req.headers['x-forwarded-for'], req.socket.remoteAddress)
    const send = cms.protocol === 'https:' ? httpsRequest : httpRequest
    const upstream = send({
      protocol: cms.protocol,
      hostname: cms.hostname,
      port: cms.port || undefined,
      method: req.method,
      path: req.url,
      // The browser's Host, as nginx's `proxy_set_header Host $host`: a CMS with TRUST_PROXY_HOPS=0 (the
      // local demo) finds the wijk by it, and Next's own absolute redirects point at the wijk's host.
      headers: { ...headers, host: req.headers.host ?? cms.host },
    })
    upstream.on('response', (answer) => {
      const out: Record<string, string | string[]> = {}
      for (const [name, value] of Object.entries(answer.headers)) if (value !== undefined && !DROPPED_RESPONSE_HEADERS.has(name)) out[name] = value
      if (typeof out.location === 'string') out.location = localLocation(out.location, cms)
      res.writeHead(answer.statusCode ?? 502, out)
      answer.pipe(res)
      answer.on('end', () => resolve())
      answer.on('error', () => {
        res.destroy()
        resolve()
      })
    })
    upstream.on('error', () => {
      if (!res.headersSent)
        res.writeHead(502, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '30' }).end(BAD_GATEWAY_PAGE)
      else res.destroy()
      resolve()
    })
    // The browser went away: stop the CMS's work too.
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy()
    })
    req.pipe(upstream)
  })
