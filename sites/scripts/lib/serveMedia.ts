import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

/** Serves a CMS media folder at /api/media/file/<name> on loopback, as the CMS would, for offline builds. */
export const serveMedia = (dir: string) =>
  new Promise<{ url: string; close: () => void }>((resolve) => {
    const server = createServer((req, res) => {
      const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/api\/media\/file\//, ''))
      const file = path.join(dir, path.basename(name))
      if (!existsSync(file)) return void res.writeHead(404).end()
      // Cache headers let Astro reuse its optimised copies between builds (a production media host needs them too).
      const { size, mtimeMs } = statSync(file)
      const etag = `"${size.toString(16)}-${Math.round(mtimeMs).toString(16)}"`
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { ETag: etag }).end()
      res.writeHead(200, {
        ETag: etag,
        'Cache-Control': 'public, max-age=3600',
        'Content-Type': file.endsWith('.png') ? 'image/png' : file.endsWith('.webp') ? 'image/webp' : 'image/jpeg',
      })
      createReadStream(file).pipe(res)
    })
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => (server.closeAllConnections(), server.close()) }),
    )
  })
