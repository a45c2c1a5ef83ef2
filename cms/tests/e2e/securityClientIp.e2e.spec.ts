/**
 * Issue 15, finding 3, through the real server: `next start` let a client's own X-Forwarded-For name
 * its rate-limit bucket. The CMS now runs on cms/server.ts, which computes the client from the socket
 * and TRUST_PROXY_HOPS and overwrites x-wijk-client-ip with it. Clients on 127.0.0.1 and 127.0.0.2
 * (both loopback, both reach the server) play two different people.
 */
import { request } from 'node:http'

import { afterAll, describe, expect, it } from 'vitest'

import { REQUEST_RATE_LIMIT } from '../../src/requests/requestsEndpoint'
import { type CmsServer, startCms } from './helpers/cmsServer'

const { max } = REQUEST_RATE_LIMIT

/** An empty aanvraag from `localAddress`: 400 while within the limit (checked before the body), 429 beyond. */
const postRequest = (server: CmsServer, localAddress: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; retryAfter: string | undefined; body: string }>((resolve, reject) => {
    const { port } = new URL(server.url)
    const req = request(
      {
        host: '127.0.0.1',
        port,
        localAddress,
        path: '/api/aanvragen',
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      },
      (res) => {
        let body = ''
        res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] as string | undefined, body }))
      },
    )
    req.on('error', reject)
    req.end('{}')
  })

const statusesOf = async (count: number, send: (i: number) => Promise<{ status: number }>) => {
  const statuses: number[] = []
  for (let i = 0; i < count; i++) statuses.push((await send(i)).status)
  return statuses
}

let server: CmsServer | undefined
afterAll(async () => {
  await server?.stop()
})

describe('the CMS behind cms/server.ts: the client is the socket unless a trusted proxy says otherwise', () => {
  it('without trusted proxies (TRUST_PROXY_HOPS=0), forged headers give no fresh bucket; another client has its own', async () => {
    server = await startCms({ env: { TRUST_PROXY_HOPS: '0' } })
    const forged = await statusesOf(max + 2, (i) =>
      postRequest(server!, '127.0.0.1', { 'x-forwarded-for': `203.0.113.${i}`, 'x-wijk-client-ip': `198.51.100.${i}` }),
    )
    expect(forged).toEqual([...Array(max).fill(400), 429, 429])
    const refused = await postRequest(server, '127.0.0.1', { 'x-forwarded-for': '203.0.113.200' })
    expect(refused.status).toBe(429)
    expect(JSON.parse(refused.body).message).toMatch(/te vaak iets verstuurd/)
    expect(Number(refused.retryAfter)).toBeGreaterThan(0)
    expect((await postRequest(server, '127.0.0.2')).status).toBe(400)
    await server.stop()
    server = undefined
  })

  it('with TRUST_PROXY_HOPS=1 the rightmost X-Forwarded-For entry (what the proxy saw) is the client', async () => {
    server = await startCms({ env: { TRUST_PROXY_HOPS: '1' } })
    const viaProxy = (client: string, forgedByClient: string) => postRequest(server!, '127.0.0.1', { 'x-forwarded-for': `${forgedByClient}, ${client}` })
    expect(await statusesOf(max + 1, (i) => viaProxy('198.51.100.1', `6.6.6.${i}`))).toEqual([...Array(max).fill(400), 429])
    expect((await viaProxy('198.51.100.2', '6.6.6.6')).status).toBe(400)
  })
})
