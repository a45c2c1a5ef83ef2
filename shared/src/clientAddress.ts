/**
 * Who is asking, for rate limits: the CMS's custom server and the builder both answer it the same way.
 * No relative imports: plain `node` loads this file (the CMS's server.ts) without a resolve hook.
 */
import { isIP } from 'node:net'

/**
 * The header the CMS's own server (cms/server.ts) puts the client address in. It always overwrites
 * whatever came in, so a route handler can trust it; anything else (X-Forwarded-For) a client can send.
 */
export const CLIENT_ADDRESS_HEADER = 'x-wijk-client-ip'

/** `TRUST_PROXY_HOPS`: how many reverse proxies in front of this server append to X-Forwarded-For. */
export const trustProxyHopsFrom = (value: string | undefined): number => {
  if (value === undefined || value.trim() === '') return 0
  const hops = Number(value)
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) throw new Error(`TRUST_PROXY_HOPS must be a whole number from 0 to 10, got "${value}"`)
  return hops
}

/** `::ffff:203.0.113.9` (an IPv4 client on a dual-stack socket) is 203.0.113.9. */
const normalised = (address: string): string => {
  const trimmed = address.trim()
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed)
  return (mapped ? mapped[1]! : trimmed).toLowerCase()
}

type ClientAddressInput = {
  /** `req.socket.remoteAddress`: the only address nobody but the network can choose. */
  socketAddress: string | undefined
  /** The X-Forwarded-For header(s) as received. */
  forwardedFor: string | string[] | undefined
  trustedHops: number
}

/**
 * The client's address: with 0 trusted hops the socket's; with N, the address the Nth proxy (counted
 * from us) saw, i.e. the Nth X-Forwarded-For entry from the right. Entries further left were written
 * by the client and are never used. A chain shorter than N, or an entry that is no address, stops the
 * walk at the last address a trusted hop vouched for.
 */
export const clientAddressOf = ({ socketAddress, forwardedFor, trustedHops }: ClientAddressInput): string => {
  let address = normalised(socketAddress ?? '') || 'unknown'
  if (trustedHops === 0 || forwardedFor === undefined) return address
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',').map(normalised).filter(Boolean)
  for (let hop = 1; hop <= trustedHops; hop++) {
    const entry = chain[chain.length - hop]
    if (entry === undefined || isIP(entry) === 0) break
    address = entry
  }
  return address
}

/**
 * The rate-limit key of an address. One IPv6 subscriber gets a whole /64 and can pick any address in
 * it, so the /64 is the client there; an IPv4 address is its own key.
 */
export const rateLimitKeyOf = (address: string): string => {
  if (isIP(address) !== 6) return address
  const [head = '', tail = ''] = address.split('::')
  const headGroups = head ? head.split(':') : []
  // A dotted IPv4 tail (64:ff9b::192.0.2.1) fills two groups.
  const tailGroups = (tail ? tail.split(':') : []).flatMap((group) => (group.includes('.') ? ['0', '0'] : [group]))
  const missing = address.includes('::') ? 8 - headGroups.length - tailGroups.length : 0
  const groups = [...headGroups, ...Array<string>(Math.max(0, missing)).fill('0'), ...tailGroups]
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}
