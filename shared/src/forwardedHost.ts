/**
 * Which host (and scheme) a request was made to, for choosing a wijk (Mijn buurt) and the Secure flag
 * of a cookie. The CMS's own server (cms/server.ts) computes it with the same TRUST_PROXY_HOPS as the
 * client address and always overwrites the headers below, so a route handler can trust them.
 * No relative imports: plain `node` loads this file (the CMS's server.ts) without a resolve hook.
 *
 * - 0 trusted hops: the Host header and the socket's scheme. X-Forwarded-Host/-Proto are the
 *   client's own words and are ignored.
 * - N ≥ 1: the proxy in front overwrites (nginx `proxy_set_header X-Forwarded-Host $host`, Caddy by
 *   default) or appends (some chains) X-Forwarded-Host: its rightmost entry is the one our nearest
 *   proxy vouched for. Entries further left, or a header the proxy did not set, fall back to Host.
 *
 * A forged host can only pick another known wijk (or none) for the forger's own request: it never
 * grants an account (the account's tenants decide), cookies are the browser's per host, and links in
 * mails are built from the wijk's configured domain, never from this header.
 */
export const REQUEST_HOST_HEADER = 'x-wijk-host'
export const REQUEST_PROTO_HEADER = 'x-wijk-proto'

type Input = {
  host: string | undefined
  forwardedHost: string | string[] | undefined
  forwardedProto: string | string[] | undefined
  /** Whether the socket itself is TLS (the CMS behind no proxy, with https). */
  encrypted: boolean
  trustedHops: number
}

const rightmost = (value: string | string[] | undefined): string | undefined => {
  const joined = Array.isArray(value) ? value.join(',') : value
  const entry = joined?.split(',').at(-1)?.trim().toLowerCase()
  return entry || undefined
}

/** A host[:port] as a browser sends it; anything else (paths, spaces, user info) is no host. */
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/

const cleanHost = (value: string | undefined): string => {
  const host = (value ?? '').trim().toLowerCase()
  return HOST.test(host) ? host : ''
}

export const requestHostOf = ({ host, forwardedHost, forwardedProto, encrypted, trustedHops }: Input): { host: string; proto: 'http' | 'https' } => {
  const ownProto = encrypted ? 'https' : 'http'
  if (trustedHops === 0) return { host: cleanHost(host), proto: ownProto }
  const forwarded = cleanHost(rightmost(forwardedHost))
  const proto = rightmost(forwardedProto)
  return {
    host: forwarded || cleanHost(host),
    proto: proto === 'https' || proto === 'http' ? proto : ownProto,
  }
}
