import { createReadStream, existsSync, readFileSync, type Stats, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.xsl': 'application/xml',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
}

/** A path prefix of `_headers` and the headers it sets. */
type HeaderRule = { prefix: string; headers: [string, string][] }

/**
 * The site's own `_headers` file (Netlify/Cloudflare style), so a local preview runs under the CSP the host will send.
 */
const readHeaderRules = (root: string): HeaderRule[] => {
  const file = path.join(root, '_headers')
  if (!existsSync(file)) return []
  const rules: HeaderRule[] = []
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('/')) rules.push({ prefix: line.trim().replace(/\*$/, ''), headers: [] })
    else if (line.trim() && rules.length) {
      const [name, ...value] = line.trim().split(':')
      rules.at(-1)!.headers.push([name!, value.join(':').trim()])
    }
  }
  return rules
}

// A published release never changes, so its rules are read once per folder (bounded: old releases go away).
const rulesByRoot = new Map<string, HeaderRule[]>()
const headerRulesOf = (root: string) => {
  if (!rulesByRoot.has(root)) {
    if (rulesByRoot.size > 50) rulesByRoot.clear()
    rulesByRoot.set(root, readHeaderRules(root))
  }
  return rulesByRoot.get(root)!
}

/** The URL path as a file path, or null when it is malformed or escapes the root. */
const fileFor = (root: string, url: string | undefined) => {
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(url ?? '/', 'http://x').pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0')) return null
  const file = path.join(root, pathname)
  return file === root || file.startsWith(root + path.sep) ? { file, pathname } : null
}

/**
 * A folder's own URL with its trailing slash, for the redirect: built from where the folder is under
 * `root`, one encoded segment at a time, never from the request's path. A decoded path such as
 * `//evil.example/..` (from `/%2Fevil.example%2F..`) is a folder of the site, but as a Location it
 * would send the browser to another host; this way the answer is always `/` + `segment/`… on this host.
 */
const folderPath = (root: string, folder: string) => {
  const segments = path.relative(root, folder).split(path.sep).filter(Boolean)
  return `/${segments.map((segment) => `${encodeURIComponent(segment)}/`).join('')}`
}

const statOf = (file: string) => {
  try {
    return statSync(file)
  } catch {
    return null
  }
}

/** Changes with every release (other inode), stays the same for a hard-linked unchanged file. */
const etagOf = (stat: Stats) => `W/"${stat.ino.toString(36)}-${stat.size.toString(36)}-${Math.round(stat.mtimeMs).toString(36)}"`

const sendFile = (req: IncomingMessage, res: ServerResponse, file: string, stat: Stats, status: number) => {
  const etag = etagOf(stat)
  res.setHeader('ETag', etag)
  res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream')
  // Pages and unhashed files revalidate (cheap with the ETag) so a publish shows at once; `_headers` overrides (hashed assets).
  if (!res.hasHeader('Cache-Control')) res.setHeader('Cache-Control', 'no-cache')
  if (status === 200 && req.headers['if-none-match'] === etag) return void res.writeHead(304).end()
  res.writeHead(status, { 'Content-Length': stat.size })
  if (req.method === 'HEAD') return void res.end()
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res)
}

/**
 * Answers one GET/HEAD request from a built site folder: `_headers` rules, content types, ETag/304,
 * directory index (with a redirect to the trailing slash), the site's own 404 page, no way out of `root`.
 * `root` should be a real path resolved once per request, so a release switch mid-request cannot mix sites.
 * `notFoundPage` defaults to the site's 404.html.
 */
export const serveStatic = (req: IncomingMessage, res: ServerResponse, root: string, notFoundPage = path.join(root, '404.html')) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { Allow: 'GET, HEAD' }).end()
  const target = fileFor(root, req.url)
  if (!target) return void res.writeHead(400).end()
  for (const rule of headerRulesOf(root)) if (target.pathname.startsWith(rule.prefix)) for (const [name, value] of rule.headers) res.setHeader(name, value)
  let { file } = target
  let stat = statOf(file)
  if (stat?.isDirectory()) {
    if (!target.pathname.endsWith('/')) {
      const { search } = new URL(req.url ?? '/', 'http://x')
      return void res.writeHead(301, { Location: `${folderPath(root, file)}${search}` }).end()
    }
    file = path.join(file, 'index.html')
    stat = statOf(file)
  }
  if (stat?.isFile()) return sendFile(req, res, file, stat, 200)
  const notFound = statOf(notFoundPage)
  if (notFound?.isFile()) return sendFile(req, res, notFoundPage, notFound, 404)
  res.writeHead(404).end()
}

/**
 * Serves a built site on loopback (browser tests, screenshots), with its 404 page and its hosting headers.
 */
export const serveDirectory = (root: string, notFoundPage?: string) =>
  new Promise<{ url: string; server: Server }>((resolve) => {
    const server = createServer((req, res) => serveStatic(req, res, root, notFoundPage))
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }))
  })
