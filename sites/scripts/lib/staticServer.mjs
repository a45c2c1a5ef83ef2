import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json',
  '.xml': 'application/xml', '.ics': 'text/calendar; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg',
  '.webp': 'image/webp', '.avif': 'image/avif', '.wasm': 'application/wasm', '.txt': 'text/plain', '.pf_meta': 'application/octet-stream',
}

/**
 * The site's own `_headers` file (Netlify/Cloudflare style), so a local preview runs under the CSP the host will send.
 * @returns {{ prefix: string, headers: [string, string][] }[]}
 */
const readHeaderRules = (root) => {
  const file = path.join(root, '_headers')
  if (!existsSync(file)) return []
  const rules = []
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('/')) rules.push({ prefix: line.trim().replace(/\*$/, ''), headers: [] })
    else if (line.trim() && rules.length) {
      const [name, ...value] = line.trim().split(':')
      rules.at(-1).headers.push([name, value.join(':').trim()])
    }
  }
  return rules
}

/**
 * Serves a built site on loopback (browser tests, screenshots), with its 404 page and its hosting headers.
 * @param {string} root
 * @param {string} [notFoundPage]
 * @returns {Promise<{ url: string, server: import('node:http').Server }>}
 */
export const serveDirectory = (root, notFoundPage) =>
  new Promise((resolve) => {
    const rules = readHeaderRules(root)
    const server = createServer((req, res) => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
      for (const rule of rules) if (pathname.startsWith(rule.prefix)) for (const [name, value] of rule.headers) res.setHeader(name, value)
      let file = path.join(root, pathname)
      if (!file.startsWith(root)) return void res.writeHead(403).end()
      if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html')
      if (!existsSync(file)) {
        if (notFoundPage && existsSync(notFoundPage)) return void createReadStream(notFoundPage).pipe(res.writeHead(404, { 'Content-Type': TYPES['.html'] }))
        return void res.writeHead(404).end()
      }
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
      createReadStream(file).pipe(res)
    })
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${server.address().port}`, server }))
  })
