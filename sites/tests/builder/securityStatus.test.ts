/**
 * Issue 15, finding 11: the builder's /status was public on every Host and showed every wijk, error texts
 * (the CMS's address) and process ids; the wijk list named every wijk to any host.
 * Now: a wijk's host (`<wijk>.localhost`, its own domain) serves only its site, /status and /webhook
 * included. Status and the wijk list answer only an authorised caller: with BUILDER_STATUS_TOKEN set,
 * only `Authorization: Bearer <token>` (whatever the Host); without a token (development only, production
 * requires one), only a connection from loopback that also names a loopback Host (a forged Host from
 * another machine, or a DNS-rebound page in a local browser, is refused).
 */
import { request } from 'node:http'
import { networkInterfaces } from 'node:os'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type BuilderProcess, buildRequest, startBuilder } from './helpers/builderProcess.ts'
import { releaseOnDisk } from './helpers/releaseOnDisk.ts'

const WIJK = 'delfshaven'
const DOMAIN = 'delfshaven.example.nl'
/** Known to the builder, but its build fails: the CMS address below answers nothing. */
const FAILING = 'kanaleneiland'
const UNREACHABLE_CMS = 'http://127.0.0.1:9'
const TOKEN = 'status-token-for-the-security-test-0123456789'

/** A request to `address` (not necessarily loopback) with any Host and headers, as another machine sends it. */
const send = (address: string, port: number, options: { path: string; host: string; method?: string; headers?: Record<string, string> }) =>
  new Promise<{ status: number; headers: Record<string, unknown>; text: string }>((resolve, reject) => {
    const req = request(
      { host: address, port, path: options.path, method: options.method ?? 'GET', headers: { ...options.headers, Host: options.host } },
      (res) => {
        let text = ''
        res.setEncoding('utf8').on('data', (chunk) => (text += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }))
      },
    )
    req.on('error', reject)
    req.end()
  })

/** This machine's own non-loopback address: a connection to it does not come from loopback. */
const lanAddress = Object.values(networkInterfaces())
  .flat()
  .find((i) => i && i.family === 'IPv4' && !i.internal)?.address

/** What only an authorised caller may see. */
const LEAKS = [/"wijken"/, /buildPid/, /Bouwstatus/, /lastError/, /127\.0\.0\.1:9/, new RegExp(`${FAILING}\\.localhost`)]
const expectNoLeak = (text: string) => {
  for (const leak of LEAKS) expect(text).not.toMatch(leak)
}

let release: ReturnType<typeof releaseOnDisk>
let open: BuilderProcess
let guarded: BuilderProcess

beforeAll(async () => {
  release = releaseOnDisk(WIJK, DOMAIN)
  // Without a token, listening on every interface (so another machine's connection can be made).
  open = await startBuilder({
    cmsUrl: UNREACHABLE_CMS,
    outRoot: release.outRoot,
    snapshotToken: 'unused-snapshot-token',
    extra: { BUILDER_HOST: '0.0.0.0', BUILDER_WIJKEN: FAILING },
  })
  guarded = await startBuilder({
    cmsUrl: UNREACHABLE_CMS,
    outRoot: release.outRoot,
    snapshotToken: 'unused-snapshot-token',
    extra: { BUILDER_STATUS_TOKEN: TOKEN },
  })
  // The failing wijk's first build has failed: its error (naming the CMS address) is in the status.
  await open.waitFor(FAILING, (s) => s.state === 'failed' && s.lastError !== null)
})

afterAll(async () => {
  await open?.stop()
  await guarded?.stop()
  release?.remove()
})

describe("a wijk's host serves only its site", () => {
  it.each([`${WIJK}.localhost`, DOMAIN])('GET /status on %s is the site’s 404 page, not the build status', async (host) => {
    for (const builder of [open, guarded]) {
      const answer = await builder.get(host, '/status', { headers: { Accept: 'application/json', Authorization: `Bearer ${TOKEN}` } })
      expect(answer.status).toBe(404)
      expect(answer.text).toContain('Pagina niet gevonden')
      expectNoLeak(answer.text)
    }
  })

  it('POST /webhook on a wijk host is not the webhook receiver', async () => {
    const answer = await open.get(`${WIJK}.localhost`, '/webhook', { method: 'POST' })
    expect(answer.status).toBe(405)
    expect(answer.text).not.toMatch(/Webhook|refused/i)
    // The CMS's own address (BUILDER_URL, http://localhost:<port>/webhook) still reaches it.
    expect((await open.sendWebhook(buildRequest(WIJK), {})).status).toBe(401)
  })

  it('a wijk whose build failed shows a neutral page, not the error text', async () => {
    const answer = await open.get(`${FAILING}.localhost`, '/')
    expect(answer.status).toBe(503)
    expect(answer.text).toContain('kon nog niet worden gebouwd')
    expect(answer.text).not.toMatch(/127\.0\.0\.1:9|fetch failed|ECONNREFUSED|href="\/status"/)
  })
})

describe('status and the wijk list without a token (development)', () => {
  it('answer a loopback connection that names the builder’s own address', async () => {
    const status = await open.get('localhost', '/status')
    expect(status.status).toBe(200)
    expect(Object.keys(JSON.parse(status.text).wijken).sort()).toEqual([WIJK, FAILING].sort())
    const list = await open.get('127.0.0.1', '/')
    expect(list.status).toBe(200)
    expect(list.text).toContain(`http://${WIJK}.localhost:${open.port}/`)
  })

  it('refuse any other host (unknown names, a DNS-rebound page): 404 without the wijk list', async () => {
    for (const path of ['/status', '/']) {
      const answer = await open.get('evil.example', path, { headers: { Accept: 'text/html' } })
      expect(answer.status).toBe(404)
      expectNoLeak(answer.text)
      expect(answer.text).not.toContain(`${WIJK}.localhost`)
    }
  })

  it.skipIf(!lanAddress)('refuse another machine that forges Host: localhost', async () => {
    for (const path of ['/status', '/']) {
      const answer = await send(lanAddress!, open.port, { path, host: `localhost:${open.port}` })
      expect(answer.status).toBe(404)
      expectNoLeak(answer.text)
      expect(answer.text).not.toContain(`${WIJK}.localhost`)
    }
  })
})

describe('status with BUILDER_STATUS_TOKEN', () => {
  it('refuses loopback without the token, with a wrong one, and with the token in another scheme (401)', async () => {
    for (const headers of [
      {},
      { Authorization: 'Bearer wrong-token' },
      { Authorization: `Bearer ${TOKEN}x` },
      { Authorization: `Basic ${TOKEN}` },
      { Authorization: TOKEN },
    ]) {
      const answer = await guarded.get('localhost', '/status', { headers })
      expect(answer.status).toBe(401)
      expect(answer.headers['www-authenticate']).toMatch(/^Bearer/)
      expectNoLeak(answer.text)
    }
    const list = await guarded.get('127.0.0.1', '/')
    expect(list.status).toBe(404)
    expect(list.text).not.toContain(`${WIJK}.localhost`)
  })

  it('answers the Bearer token, as the CMS admin and the tests read it', async () => {
    const status = await guarded.get('localhost', '/status', { headers: { Authorization: `Bearer ${TOKEN}` } })
    expect(status.status).toBe(200)
    expect(JSON.parse(status.text).wijken[WIJK]).toMatchObject({ state: 'idle', current: '20260101T000000000Z-1' })
    expect((await guarded.status())[WIJK]).toMatchObject({ state: 'idle' })
  })
})
