/**
 * Mijn buurt through the builder (issue 16): on a wijk's host, /mijn and /mijn/… go to the CMS (here a
 * fake upstream that records what it got), streaming both ways, with X-Forwarded-Host/-Proto/-For set by
 * the builder and never taken from the client; everything else stays the static site.
 */
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isMijnPath } from '../../builder/http/mijnProxy.ts'
import { type BuilderProcess, startBuilder } from './helpers/builderProcess.ts'
import { releaseOnDisk } from './helpers/releaseOnDisk.ts'

const WIJK = 'delfshaven'
const DOMAIN = 'delfshaven.example.nl'

type Seen = { method: string; url: string; headers: IncomingHttpHeaders; bodyBytes: number }

let upstream: Server
let seen: Seen[] = []
let builder: BuilderProcess
let release: ReturnType<typeof releaseOnDisk>

beforeAll(async () => {
  upstream = createServer((req, res) => {
    let bodyBytes = 0
    req.on('data', (chunk: Buffer) => (bodyBytes += chunk.length))
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, bodyBytes })
      if (req.url === '/mijn/actie/inloggen') {
        res.writeHead(303, {
          Location: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/mijn/`,
          'Set-Cookie': ['payload-token=abc; Path=/mijn; HttpOnly; SameSite=Lax', 'tweede=1; Path=/mijn'],
        })
        return res.end()
      }
      if (req.url === '/mijn/groot') {
        // A long answer in many chunks: it must arrive whole.
        res.writeHead(200, { 'Content-Type': 'text/plain' })
        for (let i = 0; i < 200; i++) res.write('x'.repeat(1000))
        return res.end()
      }
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', Location: '/mijn/elders' })
      res.end(`<h1>CMS ${req.method} ${req.url}</h1>`)
    })
  })
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
  release = releaseOnDisk(WIJK, DOMAIN)
  builder = await startBuilder({
    cmsUrl: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`,
    outRoot: release.outRoot,
    snapshotToken: 'unused-snapshot-token',
  })
})

afterAll(async () => {
  await builder?.stop()
  release?.remove()
  await new Promise((resolve) => upstream?.close(resolve))
})

type Answer = { status: number; headers: IncomingHttpHeaders; text: string }

/** A raw request through the builder with the Host a browser would send. */
const send = (
  host: string,
  path: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {},
) =>
  new Promise<Answer>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: builder.port, path, method, headers: { ...headers, Host: `${host}:${builder.port}` } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('error', reject)
    req.end(body)
  })

const fresh = () => {
  seen = []
}

describe('the builder passes Mijn buurt to the CMS', () => {
  it.each([`${WIJK}.localhost`, DOMAIN])('on the wijk host %s, /mijn and /mijn/… reach the CMS with the forwarded headers', async (host) => {
    for (const path of ['/mijn', '/mijn/', '/mijn/inloggen/?fout=link']) {
      fresh()
      const answer = await send(host, path)
      expect(answer.status, path).toBe(200)
      expect(answer.text).toBe(`<h1>CMS GET ${path}</h1>`)
      expect(seen).toHaveLength(1)
      expect(seen[0]!.url).toBe(path)
      expect(seen[0]!.headers['x-forwarded-host']).toBe(`${host}:${builder.port}`)
      expect(seen[0]!.headers.host).toBe(`${host}:${builder.port}`)
      expect(seen[0]!.headers['x-forwarded-proto']).toBe('http')
      expect(seen[0]!.headers['x-forwarded-for']).toBe('127.0.0.1')
    }
  })

  it("overwrites the client's own X-Forwarded-Host/-Proto and appends to X-Forwarded-For", async () => {
    fresh()
    await send(`${WIJK}.localhost`, '/mijn/', {
      headers: {
        'X-Forwarded-Host': 'kanaleneiland.localhost',
        'X-Forwarded-Proto': 'https',
        'X-Forwarded-For': '198.51.100.7',
        'X-Wijk-Client-Ip': '1.2.3.4',
        Forwarded: 'host=evil',
      },
    })
    const headers = seen[0]!.headers
    expect(headers['x-forwarded-host']).toBe(`${WIJK}.localhost:${builder.port}`)
    expect(headers['x-forwarded-proto']).toBe('http')
    // The CMS (TRUST_PROXY_HOPS=1) reads the rightmost entry: the one the builder wrote.
    expect(headers['x-forwarded-for']).toBe('198.51.100.7, 127.0.0.1')
    expect(headers['x-wijk-client-ip']).toBeUndefined()
    expect(headers.forwarded).toBeUndefined()
  })

  it('streams a form post with its body, and passes Set-Cookie and Location back (Location on the CMS made a path)', async () => {
    fresh()
    const body = Buffer.alloc(300_000, 'a')
    const answer = await send(`${WIJK}.localhost`, '/mijn/actie/inloggen', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'Content-Length': String(body.length),
        Origin: `http://${WIJK}.localhost:${builder.port}`,
      },
      body,
    })
    expect(answer.status).toBe(303)
    expect(answer.headers.location).toBe('/mijn/')
    expect(answer.headers['set-cookie']).toEqual(['payload-token=abc; Path=/mijn; HttpOnly; SameSite=Lax', 'tweede=1; Path=/mijn'])
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/mijn/actie/inloggen', bodyBytes: body.length })
    expect(seen[0]!.headers.origin).toBe(`http://${WIJK}.localhost:${builder.port}`)
    expect(seen[0]!.headers['content-type']).toBe('application/x-www-form-urlencoded')
  })

  it('passes a long answer whole, and other headers (a relative Location) unchanged', async () => {
    const big = await send(`${WIJK}.localhost`, '/mijn/groot')
    expect(big.text.length).toBe(200_000)
    const page = await send(`${WIJK}.localhost`, '/mijn/pagina')
    expect(page.headers.location).toBe('/mijn/elders')
  })

  it('passes nothing else: other paths, look-alikes and smuggled paths stay with the static site', async () => {
    fresh()
    for (const path of [
      '/',
      '/agenda/',
      '/mijnen',
      '/mijn-buurt',
      '/api/users/me',
      '/admin',
      '/mijn/../api/users',
      '/mijn/%2e%2e/admin',
      '/mijn/..%2fapi',
      '/mijn%2f..%2fadmin',
      '/mijn/.%2e/admin',
      '/mijn/\\..\\admin',
    ]) {
      const answer = await send(`${WIJK}.localhost`, path)
      expect(answer.text, path).not.toContain('CMS')
    }
    expect(seen).toEqual([])
  })

  it('passes nothing on a host that is no wijk (the builder itself)', async () => {
    fresh()
    const answer = await send('localhost', '/mijn/')
    expect(answer.text).not.toContain('CMS')
    expect(seen).toEqual([])
  })

  it('answers a Dutch 502 page when the CMS cannot be reached', async () => {
    const deadRelease = releaseOnDisk(WIJK, DOMAIN)
    const dead = await startBuilder({ cmsUrl: 'http://127.0.0.1:9', outRoot: deadRelease.outRoot, snapshotToken: 'unused-snapshot-token' })
    try {
      const answer = await new Promise<Answer>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: dead.port, path: '/mijn/', headers: { Host: `${WIJK}.localhost:${dead.port}` } }, (res) => {
          let text = ''
          res.on('data', (chunk: Buffer) => (text += chunk))
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text }))
        })
        req.on('error', reject)
        req.end()
      })
      expect(answer.status).toBe(502)
      expect(answer.text).toContain('Mijn buurt is even niet bereikbaar')
    } finally {
      await dead.stop()
      deadRelease.remove()
    }
  })
})

describe('isMijnPath', () => {
  it('accepts only plain paths of Mijn buurt', () => {
    expect(['/mijn', '/mijn/', '/mijn/inloggen/', '/mijn/actie/inloggen?x=1', '/mijn/buurtkrant/12/voorbeeld/'].every(isMijnPath)).toBe(true)
    expect(
      ['/', '/mijnen', '/mijn-x', '/Mijn/', '/mijn/../admin', '/mijn/./x', '/mijn/%2E%2E/x', '/mijn%2Fx', '/mijn/a%5cb', '/mijn\\x', '//mijn/'].some(
        isMijnPath,
      ),
    ).toBe(false)
  })
})
