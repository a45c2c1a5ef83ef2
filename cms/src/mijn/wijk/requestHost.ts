import { REQUEST_HOST_HEADER, REQUEST_PROTO_HEADER } from '@wijk/shared/forwardedHost'

/**
 * The host and scheme a request was made to. cms/server.ts computes them from Host, X-Forwarded-Host
 * and TRUST_PROXY_HOPS and always overwrites its own headers (see shared/src/forwardedHost.ts). Without
 * that server (next dev) only the Host header counts: X-Forwarded-Host is then never read.
 */
export const requestHost = (headers: Headers): { host: string; hostname: string; proto: 'http' | 'https' } => {
  const host = (headers.get(REQUEST_HOST_HEADER) ?? headers.get('host') ?? '').trim().toLowerCase()
  const proto = headers.get(REQUEST_PROTO_HEADER) === 'https' ? 'https' : 'http'
  return { host, hostname: host.replace(/:\d+$/, '').replace(/\.$/, ''), proto }
}
