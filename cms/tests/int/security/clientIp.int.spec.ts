/**
 * Issue 15, finding 3: per-IP limits were spoofable. `clientIp` took the first X-Forwarded-For entry,
 * so a client picked its own bucket with every request, and every client without the header shared
 * one ("direct"). Now the CMS's own server (cms/server.ts) puts the address it computed from the socket
 * and TRUST_PROXY_HOPS in `x-wijk-client-ip`, overwriting anything sent, and the limits read only that.
 * Here through Payload's REST handler (the route the server hands requests to), with that header set
 * as the server sets it; cms/tests/e2e/securityClientIp.e2e.spec.ts does the same through the real server.
 */
import { handleEndpoints, type Payload } from 'payload'

import { CLIENT_ADDRESS_HEADER, clientAddressOf, rateLimitKeyOf, trustProxyHopsFrom } from '@wijk/shared/clientAddress'
import { createRateLimiter } from '@wijk/shared/rateLimit'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { REQUEST_RATE_LIMIT } from '../../../src/requests/requestsEndpoint'
import { clientIp, NO_CLIENT_ADDRESS } from '../../../src/public/clientIp'
import { startPayloadWorld } from '../../helpers/payload'

let payload: Payload

beforeAll(async () => ({ payload } = await startPayloadWorld()))
afterAll(async () => payload?.destroy())

/** An empty aanvraag: the limit is checked before the body, so each is a 400 until the 429 (nothing is stored). */
const postRequest = async (headers: Record<string, string>) => {
  const request = new Request('http://cms.test/api/aanvragen', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: '{}',
  })
  const response = await handleEndpoints({ config: payload.config, request })
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as { message: string } }
}

const { max } = REQUEST_RATE_LIMIT

describe('the per-client limit of the public forms (POST /api/aanvragen)', () => {
  it('a forged X-Forwarded-For does not give a fresh bucket: the client is limited on its own address', async () => {
    const statuses: number[] = []
    for (let i = 0; i < max + 3; i++) {
      statuses.push((await postRequest({ [CLIENT_ADDRESS_HEADER]: '198.51.100.7', 'x-forwarded-for': `203.0.113.${i}`, 'x-real-ip': `192.0.2.${i}` })).status)
    }
    expect(statuses.slice(0, max)).toEqual(Array(max).fill(400))
    expect(statuses.slice(max)).toEqual([429, 429, 429])
    const refused = await postRequest({ [CLIENT_ADDRESS_HEADER]: '198.51.100.7', 'x-forwarded-for': '203.0.113.250' })
    expect(refused.status).toBe(429)
    expect(refused.body.message).toMatch(/te vaak iets verstuurd/)
    expect(Number(refused.retryAfter)).toBeGreaterThan(0)
  })

  it('two clients have separate buckets', async () => {
    for (let i = 0; i < max; i++) await postRequest({ [CLIENT_ADDRESS_HEADER]: '198.51.100.20' })
    expect((await postRequest({ [CLIENT_ADDRESS_HEADER]: '198.51.100.20' })).status).toBe(429)
    expect((await postRequest({ [CLIENT_ADDRESS_HEADER]: '198.51.100.21' })).status).toBe(400)
  })

  it('one IPv6 /64 is one client (its owner can pick any address in it)', async () => {
    for (let i = 0; i < max; i++) await postRequest({ [CLIENT_ADDRESS_HEADER]: `2001:db8:1:2::${i + 1}` })
    expect((await postRequest({ [CLIENT_ADDRESS_HEADER]: '2001:db8:1:2:ffff::9' })).status).toBe(429)
    expect((await postRequest({ [CLIENT_ADDRESS_HEADER]: '2001:db8:1:3::1' })).status).toBe(400)
  })

  it('only the server’s header counts; without it (Local API, scripts) the key says so', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '203.0.113.1' }))).toBe(NO_CLIENT_ADDRESS)
    expect(clientIp(new Headers({ [CLIENT_ADDRESS_HEADER]: '203.0.113.1', 'x-forwarded-for': '10.0.0.1' }))).toBe('203.0.113.1')
  })
})

describe('clientAddressOf: TRUST_PROXY_HOPS counted from the right of X-Forwarded-For', () => {
  const socketAddress = '::ffff:10.0.0.2'
  it('0 hops (the default): the socket address, whatever the client sends', () => {
    expect(clientAddressOf({ socketAddress, forwardedFor: '203.0.113.1', trustedHops: 0 })).toBe('10.0.0.2')
    expect(trustProxyHopsFrom(undefined)).toBe(0)
    expect(trustProxyHopsFrom('')).toBe(0)
  })
  it('1 hop: the rightmost entry (what our proxy saw); entries the client wrote further left are ignored', () => {
    expect(clientAddressOf({ socketAddress, forwardedFor: '6.6.6.6, 198.51.100.4', trustedHops: 1 })).toBe('198.51.100.4')
    expect(clientAddressOf({ socketAddress, forwardedFor: ['6.6.6.6', '198.51.100.4'], trustedHops: 1 })).toBe('198.51.100.4')
  })
  it('2 hops: the second entry from the right', () => {
    expect(clientAddressOf({ socketAddress, forwardedFor: '6.6.6.6, 198.51.100.4, 10.0.0.9', trustedHops: 2 })).toBe('198.51.100.4')
  })
  it('a shorter chain or an entry that is no address stops at the last address a trusted hop vouched for', () => {
    expect(clientAddressOf({ socketAddress, forwardedFor: undefined, trustedHops: 1 })).toBe('10.0.0.2')
    expect(clientAddressOf({ socketAddress, forwardedFor: '198.51.100.4', trustedHops: 3 })).toBe('198.51.100.4')
    expect(clientAddressOf({ socketAddress, forwardedFor: 'evil, 198.51.100.4', trustedHops: 2 })).toBe('198.51.100.4')
  })
  it('refuses a TRUST_PROXY_HOPS that is not a small whole number', () => {
    expect(() => trustProxyHopsFrom('yes')).toThrow(/TRUST_PROXY_HOPS/)
    expect(() => trustProxyHopsFrom('-1')).toThrow(/TRUST_PROXY_HOPS/)
  })
  it('IPv6 clients are keyed by their /64, IPv4 by the address', () => {
    expect(rateLimitKeyOf('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64')
    expect(rateLimitKeyOf('2001:0db8:0001:0002:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64')
    expect(rateLimitKeyOf('::1')).toBe('0:0:0:0::/64')
    expect(rateLimitKeyOf('203.0.113.1')).toBe('203.0.113.1')
  })
})

describe('the shared limiter keeps memory bounded', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('a flood of distinct keys is forgotten when its window ends (no map growing without end)', async () => {
    vi.useFakeTimers()
    const limiter = createRateLimiter({ max: 2, windowMs: 60_000 })
    for (let i = 0; i < 20_000; i++) await limiter.consume(`flood-${i}`)
    expect(await limiter.hits('flood-19999')).toBe(1)
    // One unref'd expiry timer per key is all the state there is; when the window ends they all fire.
    expect(vi.getTimerCount()).toBe(20_000)
    vi.advanceTimersByTime(60_001)
    expect(vi.getTimerCount()).toBe(0)
    expect(await limiter.hits('flood-0')).toBe(0)
    expect(await limiter.hits('flood-19999')).toBe(0)
  })
})
