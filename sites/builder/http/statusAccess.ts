import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

import { isBuilderHost } from './wijkForHost.ts'

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 (`::ffff:127.0.0.1`), the way Node reports them. */
const isLoopbackAddress = (address: string | undefined) => /^(::ffff:)?127\.\d+\.\d+\.\d+$|^::1$/.test(address ?? '')

/** Equal-length digests, so the comparison takes the same time whatever the guess. */
const sameSecret = (given: string, expected: string) =>
  timingSafeEqual(createHash('sha256').update(given).digest(), createHash('sha256').update(expected).digest())

const bearerOf = (req: IncomingMessage) => /^Bearer ([^\s]+)$/.exec(req.headers.authorization ?? '')?.[1] ?? null

/**
 * Who may read the builder's own pages (/status and the wijk list): operators and the CMS, not the public.
 * The Host header alone proves nothing (the client chooses it), so:
 * - with a token (BUILDER_STATUS_TOKEN; production requires one): only `Authorization: Bearer <token>`,
 *   from anywhere. Behind a reverse proxy every connection comes from loopback, so that cannot count.
 * - without a token (development): only a connection from loopback (the socket address, which the client
 *   cannot choose) that also names a loopback Host, so a web page on a name rebound to 127.0.0.1 cannot
 *   read it through a local browser.
 */
export const createStatusAccess = (token: string | null) => ({
  /** Whether a token is configured: a refused caller is told to authenticate (401) rather than 404. */
  needsToken: token !== null,
  allows: (req: IncomingMessage): boolean => {
    if (token !== null) {
      const given = bearerOf(req)
      return given !== null && sameSecret(given, token)
    }
    return isLoopbackAddress(req.socket.remoteAddress) && isBuilderHost(req.headers.host)
  },
})

export type StatusAccess = ReturnType<typeof createStatusAccess>
