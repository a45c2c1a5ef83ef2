/**
 * The CMS's HTTP server: `node server.ts [--port N] [--hostname H]` (NODE_ENV=production, after
 * `next build`), Next's documented custom server in place of `next start`.
 *
 * Why not `next start`: Next fills in `x-forwarded-for` with the socket address only when the request
 * has none (`??=`), so a route handler cannot tell a client's own X-Forwarded-For from a proxy's, and a
 * per-client rate limit keyed on it is the client's to choose. Here the address is computed from the
 * socket and TRUST_PROXY_HOPS (see shared/src/clientAddress.ts) before Next sees the request, and put
 * in a header of our own that is always overwritten; the CMS's limits read only that header.
 */
import { createServer, type IncomingMessage } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { CLIENT_ADDRESS_HEADER, clientAddressOf, trustProxyHopsFrom } from '@wijk/shared/clientAddress'
import { REQUEST_HOST_HEADER, REQUEST_PROTO_HEADER, requestHostOf } from '@wijk/shared/forwardedHost'
import next from 'next'

const dir = path.dirname(fileURLToPath(import.meta.url))

const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p', default: process.env.PORT ?? '3000' },
    hostname: { type: 'string', short: 'H' },
  },
})
const port = Number(values.port)

let trustedHops: number
try {
  trustedHops = trustProxyHopsFrom(process.env.TRUST_PROXY_HOPS)
} catch (error) {
  console.error(`[cms] ${(error as Error).message}`)
  process.exit(2)
}

/** Overwrites (never trusts) an incoming x-wijk-client-ip, x-wijk-host and x-wijk-proto. */
const stampClientAddress = (req: IncomingMessage) => {
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf({ socketAddress: req.socket.remoteAddress, forwardedFor: req.headers['x-forwarded-for'], trustedHops })
  // The host the request was made to (Mijn buurt picks the wijk by it): X-Forwarded-Host only from a trusted proxy.
  const { host, proto } = requestHostOf({
    host: req.headers.host,
    forwardedHost: req.headers['x-forwarded-host'],
    forwardedProto: req.headers['x-forwarded-proto'],
    encrypted: Boolean((req.socket as { encrypted?: boolean }).encrypted),
    trustedHops,
  })
  req.headers[REQUEST_HOST_HEADER] = host
  req.headers[REQUEST_PROTO_HEADER] = proto
}

const app = next({ dev: false, dir, port, hostname: values.hostname })
const handle = app.getRequestHandler()
await app.prepare()

const server = createServer((req, res) => {
  stampClientAddress(req)
  handle(req, res).catch((error: Error) => {
    console.error(`[cms] ${req.method} ${req.url}: ${error.stack ?? error.message}`)
    if (!res.headersSent) res.writeHead(500).end()
    else res.destroy()
  })
})
server.listen(port, values.hostname, () => {
  console.log(`[cms] listening on http://${values.hostname ?? 'localhost'}:${port} (TRUST_PROXY_HOPS=${trustedHops})`)
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close()
    void app.close().finally(() => process.exit(0))
  })
}
