import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { mkdirSync, mkdtempSync } from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'

import { signWebhook } from '@wijk/shared/webhook'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { WijkStatus } from '../../builder/wijkStatus.ts'
import { type BuilderProcess, buildRequest, startBuilder, WEBHOOK_SECRET } from './helpers/builderProcess.ts'
import { type FixtureCms, SNAPSHOT_TOKEN, startFixtureCms } from './helpers/fixtureCms.ts'
import { startPoller } from './helpers/poller.ts'
import { searchRecords } from '../helpers/searchRecords.ts'
import { filesUnder } from '../../builder/filesUnder.ts'

const sites = path.resolve(import.meta.dirname, '../..')
mkdirSync(path.join(sites, '.test-build'), { recursive: true })
const work = mkdtempSync(path.join(sites, '.test-build', 'builder-'))
const outRoot = path.join(work, 'out')
const HOST = 'kanaleneiland.localhost'

let cms: FixtureCms
let builder: BuilderProcess
let wijk: string

const settled = (s: WijkStatus) => s.state === 'idle' && !s.pending && !s.searchPending
const taglineOf = (html: string) => /Versie \d+|Samen maken we Kanaleneiland|Na een fout|Na het stoppen/.exec(html)?.[0] ?? null
/** Pages whose bytes a failed build must leave alone. */
const WATCHED = ['/', '/agenda/', '/organisaties/', '/buurtkrant/rss.xml', '/agenda.ics']
const fetchWatched = async () => Promise.all(WATCHED.map(async (p) => (await builder.get(HOST, p)).body))

beforeAll(async () => {
  cms = await startFixtureCms(work)
  wijk = cms.wijk
  builder = await startBuilder({ cmsUrl: cms.url, outRoot, snapshotToken: SNAPSHOT_TOKEN })
})

afterAll(async () => {
  await builder?.stop()
  cms?.close()
  rmSync(work, { recursive: true, force: true })
})

describe('the builder service', () => {
  it('refuses forged, unsigned, stale and malformed webhooks with 401/400/413 and builds nothing', async () => {
    const body = JSON.stringify(buildRequest(wijk))
    const forged = signWebhook('whsec_d3Jvbmctc2VjcmV0LXdyb25nLXNlY3JldA==', 'msg_forged', body)
    const stale = signWebhook(WEBHOOK_SECRET, 'msg_stale', body, new Date(Date.now() - 6 * 60_000))
    const valid = signWebhook(WEBHOOK_SECRET, 'msg_tampered', body)
    const answers = [
      await builder.sendWebhook(body, forged),
      await builder.sendWebhook(body, {}),
      await builder.sendWebhook(body, stale),
      await builder.sendWebhook(JSON.stringify(buildRequest('delfshaven')), valid), // signed for another body
    ]
    for (const answer of answers) {
      expect(answer.status).toBe(401)
      expect(((await answer.json()) as { error: string }).error).toMatch(/refused/)
    }
    expect((await builder.sendWebhook({ wijk, reason: 'because' })).status).toBe(400)
    expect((await builder.sendWebhook(JSON.stringify({ pad: 'x'.repeat(17_000) }))).status).toBe(413)
    expect((await fetch(`${builder.url}/webhook`)).status).toBe(405)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(cms.snapshotRequests()).toBe(0)
    expect(await builder.status()).toEqual({})
  })

  it('builds on a signed webhook (202 at once), refuses the same webhook replayed, accepts the CMS re-signing it', async () => {
    const body = JSON.stringify(buildRequest(wijk))
    const headers = signWebhook(WEBHOOK_SECRET, 'msg_first', body)
    const started = performance.now()
    const accepted = await builder.sendWebhook(body, headers)
    expect(accepted.status).toBe(202)
    expect(performance.now() - started).toBeLessThan(1000)
    const replay = await builder.sendWebhook(body, headers)
    expect(replay.status).toBe(401)
    expect(((await replay.json()) as { error: string }).error).toMatch(/replay/)
    const status = await builder.waitFor(wijk, (s) => settled(s) && s.lastSuccess !== null)
    expect(status).toMatchObject({ state: 'idle', pending: false, builds: 1, lastError: null })
    expect(status.current).toBe(status.lastSuccess!.releaseId)
    expect(status.lastSuccess!.pages).toBeGreaterThan(20)
    expect(status.lastSuccess!.fast).toBe(false)
    expect(cms.snapshotRequests()).toBe(1)

    // The CMS retrying this delivery (its answer lost) signs the same id anew, a second later: accepted.
    const retried = await builder.sendWebhook(body, signWebhook(WEBHOOK_SECRET, 'msg_first', body, new Date(Date.now() + 1000)))
    expect(retried.status).toBe(202)
    const second = await builder.waitFor(wijk, (s) => settled(s) && s.builds === 2)
    expect(second).toMatchObject({ state: 'idle', lastError: null })
    // The first build loaded the wijk into the warm renderer: the next publish re-renders only what changed.
    expect(second.lastSuccess!.fast).toBe(true)
  })

  it('makes a fast publish live at once; its search index follows in a release that replaces it', async () => {
    const before = (await builder.status())[wijk]!
    const poller = startPoller(builder, HOST)
    cms.serve(cms.withEventTitle('buurtmaaltijd-kanaleneiland', 'Buurtmaaltijd met pompoensoep'))
    expect((await builder.sendWebhook(buildRequest(wijk, 'soep'))).status).toBe(202)
    const published = await builder.waitFor(wijk, (s) => s.state === 'idle' && s.builds === before.builds + 1)
    expect(published).toMatchObject({ searchPending: true, lastError: null })
    expect(published.lastSuccess!.fast).toBe(true)
    expect((await builder.get(HOST, '/agenda/buurtmaaltijd-kanaleneiland/')).text).toContain('Buurtmaaltijd met pompoensoep')
    const titles = (release: string) => searchRecords(path.join(outRoot, wijk, 'releases', release)).map((record) => record.meta.title)
    expect(titles(published.current!)).not.toContain('Buurtmaaltijd met pompoensoep')
    // The fast release shares the unchanged files with the one before it; that one is not changed through them.
    const releaseFolder = (release: string) => path.join(outRoot, wijk, 'releases', release)
    const page = (release: string) => readFileSync(path.join(releaseFolder(release), 'agenda/buurtmaaltijd-kanaleneiland/index.html'), 'utf8')
    expect(page(before.current!)).toContain('Buurtmaaltijd Kanaleneiland')
    expect(page(before.current!)).not.toContain('pompoensoep')
    expect(filesUnder(releaseFolder(published.current!)).sort()).toEqual(filesUnder(releaseFolder(before.current!)).sort())

    const indexed = await builder.waitFor(wijk, settled)
    expect(indexed.builds).toBe(published.builds)
    expect(indexed.current).not.toBe(published.current)
    expect(indexed.lastSuccess).toEqual({ ...published.lastSuccess, releaseId: indexed.current })
    expect(titles(indexed.current!)).toContain('Buurtmaaltijd met pompoensoep')
    expect(titles(indexed.current!)).not.toContain('Buurtmaaltijd Kanaleneiland')
    // Same pages, newer index: the fast publish's release goes once requests can no longer be using it.
    await expect.poll(() => existsSync(path.join(outRoot, wijk, 'releases', published.current!)), { timeout: 20_000, interval: 500 }).toBe(false)
    expect((await poller.stop()).failures).toEqual([])
  })

  it('serves the live release by Host header with its types, headers, 404 page and index', async () => {
    const home = await builder.get(HOST, '/')
    expect(home.status).toBe(200)
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(home.headers['cache-control']).toBe('no-cache')
    expect(home.headers['content-security-policy']).toMatch(/default-src 'self'/)
    expect(home.text).toContain('Samen maken we Kanaleneiland')
    expect((await builder.get(HOST, '/', { headers: { 'If-None-Match': String(home.headers.etag) } })).status).toBe(304)
    const head = await builder.get(HOST, '/agenda/', { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    expect(Number(head.headers['content-length'])).toBeGreaterThan(1000)
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(home.text)![1]!
    const style = await builder.get(HOST, css)
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8')
    expect(style.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect((await builder.get(HOST, '/agenda.ics')).headers['content-type']).toBe('text/calendar; charset=utf-8')
    expect((await builder.get(HOST, '/agenda')).headers.location).toBe('/agenda/')
    const missing = await builder.get(HOST, '/bestaat-niet/')
    expect(missing.status).toBe(404)
    expect(missing.text).toContain('<html lang="nl"')
    for (const sneaky of ['/%2e%2e/%2e%2e/current', '/..%2f..%2fwijk.json', '/%00']) expect([400, 404]).toContain((await builder.get(HOST, sneaky)).status)
    // Another host names no wijk (issue 15, finding 11); the builder's own address lists them.
    const unknown = await builder.get('elders.example', '/')
    expect(unknown.status).toBe(404)
    expect(unknown.text).not.toContain(`${wijk}.localhost`)
    expect((await builder.get('localhost', '/')).text).toContain(`http://${wijk}.localhost:${builder.port}/`)
    const statusPage = await fetch(`${builder.url}/status`, { headers: { Accept: 'text/html' } })
    const statusHtml = await statusPage.text()
    expect(statusHtml).toContain('Bouwstatus')
    // People read Amsterdam time and follow a link to the preview, not an ISO instant in UTC.
    expect(statusHtml).toContain(`href="http://${wijk}.localhost:${builder.port}/"`)
    expect(statusHtml).not.toMatch(/\d{2}:\d{2}:\d{2}\.\d{3}Z/)
    expect(statusHtml).toMatch(/pagina's in \d+,\d s/)
  })

  it('a failing build (bad snapshot, Astro failing, killed process) leaves the live site byte for byte, is retried and recovers', async () => {
    const poller = startPoller(builder, HOST)
    const before = await fetchWatched()
    const live = (await builder.status())[wijk]!.current

    cms.serve('{"version": 1, "wijk": ')
    expect((await builder.sendWebhook(buildRequest(wijk, 2))).status).toBe(202)
    await builder.waitFor(wijk, (s) => s.state === 'failed' && /geen geldige JSON/.test(s.lastError?.message ?? ''))
    // Valid by the schema, but an image the media host does not have: astro build fails.
    const missingImage = cms.withTagline('Na een fout')
    missingImage.wijk.logo = { ...missingImage.wijk.logo!, url: missingImage.wijk.logo!.url.replace('logo.png', 'weg.png') }
    cms.serve(missingImage)
    await builder.waitFor(wijk, (s) => s.state === 'failed' && /astro build failed/.test(s.lastError?.message ?? ''))
    expect((await builder.status())[wijk]!.current).toBe(live)
    expect(await fetchWatched()).toEqual(before)

    // The snapshot is good again: the waiting retry publishes it without another webhook.
    cms.serve(cms.withTagline('Na een fout'))
    const recovered = await builder.waitFor(wijk, (s) => s.state === 'idle' && s.current !== live)
    expect(taglineOf((await builder.get(HOST, '/')).text)).toBe('Na een fout')

    // Kill the build process mid-build.
    cms.serve(cms.withTagline('Na het stoppen'))
    expect((await builder.sendWebhook(buildRequest(wijk, 3))).status).toBe(202)
    const building = await builder.waitFor(wijk, (s) => s.buildPid !== null, 30_000)
    const liveBeforeKill = await fetchWatched()
    process.kill(-building.buildPid!, 'SIGKILL')
    await builder.waitFor(wijk, (s) => /gestopt/.test(s.lastError?.message ?? ''))
    expect((await builder.status())[wijk]!.current).toBe(recovered.current)
    expect(await fetchWatched()).toEqual(liveBeforeKill)
    const retried = await builder.waitFor(wijk, (s) => s.state === 'idle' && s.current !== recovered.current)
    expect(taglineOf((await builder.get(HOST, '/')).text)).toBe('Na het stoppen')
    expect(readdirSync(path.join(outRoot, wijk, 'releases')).filter((name) => name.startsWith('.'))).toEqual([])
    expect(retried.lastError?.message).toMatch(/gestopt/)

    const seen = await poller.stop()
    expect(seen.failures).toEqual([])
    expect(seen.requests).toBeGreaterThan(20)
    expect(seen.taglines).toContain('Na een fout')
  })

  it('a burst of 50 publishes costs at most 3 builds and ends with the last one live, never a broken page in between', async () => {
    const poller = startPoller(builder, HOST)
    const { builds: buildsBefore } = (await builder.status())[wijk]!
    const requestsBefore = cms.snapshotRequests()
    for (let version = 1; version <= 50; version += 1) {
      const snapshot = cms.withTagline(`Versie ${version}`)
      // The last publish also moves the wijk to its own domain: served by that Host from then on.
      if (version === 50) snapshot.wijk.siteUrl = 'https://www.kanaleneiland.test/'
      cms.serve(snapshot)
      expect((await builder.sendWebhook(buildRequest(wijk, version))).status).toBe(202)
    }
    const done = await builder.waitFor(wijk, settled)
    expect(done.builds - buildsBefore).toBeLessThanOrEqual(3)
    expect(cms.snapshotRequests() - requestsBefore).toBeLessThanOrEqual(3)
    expect(taglineOf((await builder.get(HOST, '/')).text)).toBe('Versie 50')
    expect(taglineOf((await builder.get('www.kanaleneiland.test', '/')).text)).toBe('Versie 50')
    const seen = await poller.stop()
    expect(seen.failures).toEqual([])
  })

  it('site:rollback makes the previous release live again, and --to goes forward', async () => {
    const latest = (await builder.status())[wijk]!.current!
    const rollback = (...args: string[]) =>
      spawnSync(process.execPath, [path.join(sites, 'builder/release/rollback.ts'), '--wijk', wijk, ...args], {
        env: { ...process.env, WIJK_OUT_ROOT: outRoot },
        encoding: 'utf8',
      })
    const back = rollback()
    expect(back.status).toBe(0)
    expect(back.stdout).toContain(`van ${latest} teruggezet naar`)
    const previous = (await builder.status())[wijk]!.current
    expect(previous).not.toBe(latest)
    expect(taglineOf((await builder.get(HOST, '/')).text)).not.toBe('Versie 50')
    expect(rollback('--to', latest).status).toBe(0)
    expect(taglineOf((await builder.get(HOST, '/')).text)).toBe('Versie 50')
  })

  it('accepts a webhook for a wijk the CMS does not know, reports it and does not retry', async () => {
    expect((await builder.sendWebhook(buildRequest('bestaat-niet'))).status).toBe(202)
    const status = await builder.waitFor('bestaat-niet', (s) => s.state === 'failed')
    expect(status.lastError?.message).toMatch(/kent geen wijk/)
    expect(status.retryAt).toBeNull()
  })

  it('at start-up builds the wijken it is given that have no site yet, and after a restart keeps what is live', async () => {
    const freshOut = path.join(work, 'fresh-out')
    const requestsBefore = cms.snapshotRequests()
    const first = await startBuilder({ cmsUrl: cms.url, outRoot: freshOut, snapshotToken: SNAPSHOT_TOKEN, extra: { BUILDER_WIJKEN: wijk } })
    try {
      const built = await first.waitFor(wijk, (s) => settled(s) && s.current !== null)
      expect(cms.snapshotRequests()).toBe(requestsBefore + 1)
      await first.stop()
      const second = await startBuilder({ cmsUrl: cms.url, outRoot: freshOut, snapshotToken: SNAPSHOT_TOKEN, extra: { BUILDER_WIJKEN: wijk } })
      try {
        const status = (await second.status())[wijk]!
        expect(status).toMatchObject({ state: 'idle', current: built.current, lastSuccess: built.lastSuccess, builds: 0 })
        expect(cms.snapshotRequests()).toBe(requestsBefore + 1)
        // The wijk's own domain (from its last snapshot) is remembered across restarts.
        expect(taglineOf((await second.get('www.kanaleneiland.test', '/')).text)).toBe('Versie 50')
      } finally {
        await second.stop()
      }
    } finally {
      await first.stop()
    }
  })
})
