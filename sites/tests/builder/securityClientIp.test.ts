/**
 * Issue 15, finding 3: per-client limits must not be the client's to choose. The builder limits webhook
 * requests per client; behind a reverse proxy every request comes from the proxy's socket, so the
 * builder takes the client from X-Forwarded-For, but only as many entries from the right as
 * TRUST_PROXY_HOPS says proxies wrote (default 0: the socket address). Through the real builder process,
 * with clients on two loopback addresses (127.0.0.1 and 127.0.0.2 both reach a server on 127.0.0.1).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type BuilderProcess, startBuilder } from './helpers/builderProcess.ts'

const PER_MINUTE = 3

/** An unsigned webhook (401 while within the limit, 429 beyond it) from `localAddress`. */
const postWebhook = (port: number, localAddress: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; retryAfter: string | undefined }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, localAddress, path: '/webhook', method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        res.resume()
        res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] as string | undefined }))
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

let outRoot: string
const builders: BuilderProcess[] = []
const start = async (extra: Record<string, string>) => {
  const builder = await startBuilder({
    cmsUrl: 'http://127.0.0.1:9',
    outRoot,
    snapshotToken: 'unused-snapshot-token',
    extra: { BUILDER_WEBHOOKS_PER_MINUTE: String(PER_MINUTE), ...extra },
  })
  builders.push(builder)
  return builder
}

beforeAll(() => {
  outRoot = mkdtempSync(path.join(tmpdir(), 'wijk-client-ip-'))
})
afterAll(async () => {
  for (const builder of builders) await builder.stop()
  rmSync(outRoot, { recursive: true, force: true })
})

describe('the builder’s webhook limit per client', () => {
  it('without trusted proxies (the default) a forged X-Forwarded-For gets no fresh bucket; another client does', async () => {
    const { port } = await start({})
    const forged = await statusesOf(PER_MINUTE + 2, (i) => postWebhook(port, '127.0.0.1', { 'x-forwarded-for': `203.0.113.${i}` }))
    expect(forged).toEqual([...Array(PER_MINUTE).fill(401), 429, 429])
    const refused = await postWebhook(port, '127.0.0.1', { 'x-forwarded-for': '203.0.113.200' })
    expect(refused.status).toBe(429)
    expect(Number(refused.retryAfter)).toBeGreaterThan(0)
    expect((await postWebhook(port, '127.0.0.2')).status).toBe(401)
  })

  it('with TRUST_PROXY_HOPS=1 the rightmost X-Forwarded-For entry (what the proxy saw) is the client', async () => {
    const { port } = await start({ TRUST_PROXY_HOPS: '1' })
    // The proxy's socket is 127.0.0.1 for everyone; the client wrote the entries left of the proxy's.
    const viaProxy = (client: string, forgedByClient: string) => postWebhook(port, '127.0.0.1', { 'x-forwarded-for': `${forgedByClient}, ${client}` })
    expect(await statusesOf(PER_MINUTE + 1, (i) => viaProxy('198.51.100.1', `6.6.6.${i}`))).toEqual([...Array(PER_MINUTE).fill(401), 429])
    expect((await viaProxy('198.51.100.2', '6.6.6.6')).status).toBe(401)
  })
})
