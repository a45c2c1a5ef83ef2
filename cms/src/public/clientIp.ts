import { CLIENT_ADDRESS_HEADER, rateLimitKeyOf } from '@wijk/shared/clientAddress'

/**
 * The rate-limit key of a request that came through the CMS's server (cms/server.ts): that server
 * computes the address from the socket and TRUST_PROXY_HOPS and always overwrites this header, so a
 * client cannot choose it. X-Forwarded-For is never read here (the client writes it).
 */
export const NO_CLIENT_ADDRESS = 'no-client-address (Local API or a server other than cms/server.ts)'

export const clientIp = (headers: Headers): string => {
  const address = headers.get(CLIENT_ADDRESS_HEADER)?.trim()
  return address ? rateLimitKeyOf(address) : NO_CLIENT_ADDRESS
}
