import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json',
  '.xml': 'application/xml', '.ics': 'text/calendar; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg',
  '.webp': 'image/webp', '.avif': 'image/avif', '.wasm': 'application/wasm', '.txt': 'text/plain', '.pf_meta': 'application/octet-stream',
}

/** Serves a built site on loopback for browser tests, with its 404 page. */
export const serveDirectory = (root: string, notFoundPage?: string) =>
  new Promise<{ url: string; server: Server }>((resolve) => {
    const server = createServer((req, res) => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
      let file = path.join(root, pathname)
      if (!file.startsWith(root)) return void res.writeHead(403).end()
      if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html')
      if (!existsSync(file)) {
        if (notFoundPage && existsSync(notFoundPage)) return void createReadStream(notFoundPage).pipe(res.writeHead(404, { 'Content-Type': TYPES['.html']! }))
        return void res.writeHead(404).end()
      }
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
      createReadStream(file).pipe(res)
    })
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      resolve({ url: `http://127.0.0.1:${port}`, server })
    })
  })
