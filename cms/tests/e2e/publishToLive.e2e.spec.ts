/**
 * Publish to live, end to end: the real CMS (next start, seeded SQLite) sends its signed webhooks to
 * the real builder (node sites/builder/main.ts) on loopback, which builds Delfshaven incrementally and
 * serves it by Host header. Everything goes through the CMS's REST API, as an editor would through the
 * admin; then the admin's build-status sidebar is looked at in Chromium.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { searchRecords } from '../../../sites/tests/helpers/searchRecords'
import { DEMO_PASSWORD } from '../../src/seed/demoUsers'
import { launchChromium } from './helpers/browser'
import { type BuilderServer, startBuilder, type WijkStatus } from './helpers/builderServer'
import { type CmsServer, freePort, SNAPSHOT_TOKEN, startCms, WEBHOOK_SECRET } from './helpers/cmsServer'

const WIJK = 'delfshaven'
const HOST = `${WIJK}.localhost`
const EDITOR = `redactie@${WIJK}.test`
/** Generous: a publish is live within seconds on 2 cores; this only catches "never". */
const PUBLISH_TO_LIVE_LIMIT_MS = 60_000
const SHOTS = '/tmp/admin-shots'

let cms: CmsServer | undefined
let builder: BuilderServer | undefined
let token: string
let wijkId: number

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const settled = (s: WijkStatus) => s.state === 'idle' && !s.pending && !s.searchPending && s.current !== null

/** Polls `check` until it holds; returns the milliseconds it took. */
const until = async (what: string, check: () => Promise<boolean>, timeoutMs = PUBLISH_TO_LIVE_LIMIT_MS): Promise<number> => {
  const started = performance.now()
  while (performance.now() - started < timeoutMs) {
    if (await check()) return performance.now() - started
    await sleep(100)
  }
  throw new Error(
    `not live after ${timeoutMs / 1000} s: ${what}\nbuilder status: ${JSON.stringify((await builder!.status())[WIJK])}\n${builder!.output().slice(-3000)}`,
  )
}

const api = async <T>(method: string, pathname: string, body?: unknown): Promise<T> => {
  const response = await fetch(`${cms!.url}/api${pathname}`, {
    method,
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await response.json()) as T
  if (!response.ok) throw new Error(`${method} ${pathname}: HTTP ${response.status} ${JSON.stringify(json)}`)
  return json
}

const live = (pathname: string) => builder!.get(HOST, pathname)
const liveText = async (pathname: string) => (await live(pathname)).text
/** The iCal feed with folded lines joined again (RFC 5545 folds at 75 octets). */
const liveIcal = async () => (await liveText('/agenda.ics')).replace(/\r?\n[ \t]/g, '')
const liveSearchUrls = () => searchRecords(path.join(builder!.outRoot, WIJK, 'current')).map((record) => record.url)
const log = (message: string) => console.log(`[publish-to-live] ${message}`)

beforeAll(async () => {
  const started = performance.now()
  const builderPort = await freePort()
  cms = await startCms({ builderUrl: `http://127.0.0.1:${builderPort}/webhook`, env: { WEBHOOK_RETRY_BASE_MS: '1000' } })
  builder = await startBuilder({ port: builderPort, cmsUrl: cms.url, snapshotToken: SNAPSHOT_TOKEN, webhookSecret: WEBHOOK_SECRET, wijken: [WIJK] })
  const first = await builder.waitFor(WIJK, (s) => settled(s) || s.state === 'failed', 5 * 60_000)
  expect(first.lastError).toBeNull()
  log(`CMS and builder up, first build of ${WIJK} live in ${((performance.now() - started) / 1000).toFixed(1)} s (build ${first.lastSuccess?.seconds} s)`)

  const login = await fetch(`${cms.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: EDITOR, password: DEMO_PASSWORD }),
  })
  expect(login.status).toBe(200)
  token = ((await login.json()) as { token: string }).token
  const { docs } = await api<{ docs: { id: number }[] }>('GET', `/wijken?where[slug][equals]=${WIJK}&depth=0`)
  wijkId = docs[0]!.id
})

afterAll(async () => {
  // Each stop also removes its temporary folders; one failing must not leave the other running.
  await Promise.allSettled([builder?.stop(), cms?.stop()])
})

type Event = { id: number; slug: string; title: string; _status: string }

describe('publish to live: CMS → signed webhook → builder → served site', () => {
  it('a changed title of a published event is live on its page and in the agenda', async () => {
    const agenda = await liveText('/agenda/')
    const listed = [...agenda.matchAll(/href="\/agenda\/([a-z0-9-]+)\/"/g)].map((match) => match[1]!)
    const { docs } = await api<{ docs: Event[] }>('GET', `/events?where[slug][in]=${listed.join(',')}&where[_status][equals]=published&depth=0&limit=1`)
    const event = docs[0]!
    expect(agenda).toContain(`/agenda/${event.slug}/`)
    const title = `Buurtborrel live ${Date.now()}`
    expect(await liveText(`/agenda/${event.slug}/`)).not.toContain(title)

    const saved = await api<{ doc: Event }>('PATCH', `/events/${event.id}?depth=0`, { title, _status: 'published' })
    expect(saved.doc.slug).toBe(event.slug)
    const ms = await until(`"${title}" on /agenda/${event.slug}/`, async () => (await liveText(`/agenda/${event.slug}/`)).includes(title))
    log(`changed event live in ${(ms / 1000).toFixed(2)} s`)
    expect(ms).toBeLessThan(PUBLISH_TO_LIVE_LIMIT_MS)
    expect(await liveText('/agenda/')).toContain(title)
  })

  let created: Event

  it('a new published event gets its page, and is in the sitemap, the iCal feed and the search index', async () => {
    const startsAt = new Date(Date.now() + 2 * 24 * 3600_000)
    startsAt.setUTCHours(16, 0, 0, 0)
    const title = `Nieuwe buurtmaaltijd ${Date.now()}`
    const { doc } = await api<{ doc: Event }>('POST', '/events?depth=0', {
      title,
      summary: 'Samen koken en eten met de buren, voor iedereen.',
      category: 'buurtmaaltijd',
      startsAt: startsAt.toISOString(),
      tenant: wijkId,
      _status: 'published',
    })
    created = doc
    expect(doc._status).toBe('published')
    const page = `/agenda/${doc.slug}/`
    expect((await live(page)).status).toBe(404)

    const ms = await until(`new event on ${page}`, async () => {
      const answer = await live(page)
      return answer.status === 200 && answer.text.includes(title)
    })
    log(`new event live in ${(ms / 1000).toFixed(2)} s`)
    expect(ms).toBeLessThan(PUBLISH_TO_LIVE_LIMIT_MS)
    expect(await liveText('/agenda/')).toContain(page)
    expect(await liveText('/sitemap-0.xml')).toContain(page)
    expect(await liveIcal()).toContain(`SUMMARY:${title}`)
    expect(liveSearchUrls()).toContain(page)
  })

  it('unpublishing it answers 404 with the site’s 404 page and removes it from the sitemap, iCal and search', async () => {
    const page = `/agenda/${created.slug}/`
    const { doc } = await api<{ doc: Event }>('PATCH', `/events/${created.id}?depth=0`, { _status: 'draft' })
    expect(doc._status).toBe('draft')

    const ms = await until(`${page} gone`, async () => (await live(page)).status === 404)
    log(`unpublished event gone in ${(ms / 1000).toFixed(2)} s`)
    expect(ms).toBeLessThan(PUBLISH_TO_LIVE_LIMIT_MS)
    const missing = await live(page)
    expect(missing.text).toContain('Deze pagina bestaat niet (meer)')
    expect(await liveText('/agenda/')).not.toContain(page)
    expect(await liveText('/sitemap-0.xml')).not.toContain(page)
    expect(await liveIcal()).not.toContain(created.title)
    expect(liveSearchUrls()).not.toContain(page)
  })
})

describe('the build status on the wijk’s edit view (real Chromium, as the redactie)', () => {
  let browser: Browser | undefined
  let page: Page

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    browser = await launchChromium()
    page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } })
  })
  afterAll(async () => browser?.close())

  const openWijk = async () => {
    await page.goto(`${cms!.url}/admin/collections/wijken/${wijkId}`)
    await page.waitForSelector('#build-status-heading', { timeout: 60_000 })
  }
  const section = () => page.locator('section[aria-labelledby="build-status-heading"]')

  it('shows the live release, and "Nu opnieuw bouwen" makes a new one', async () => {
    await page.goto(`${cms!.url}/admin/login`)
    await page.fill('#field-email', EDITOR)
    await page.fill('#field-password', DEMO_PASSWORD)
    await page.click('button[type=submit]')
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })

    const before = (await builder!.status())[WIJK]!
    expect(settled(before)).toBe(true)
    await openWijk()
    const text = await section().innerText()
    expect(text).toContain(before.current!)
    expect(text).not.toMatch(/niet bereikbaar/)
    await page.screenshot({ path: `${SHOTS}/wijk-1280.png`, fullPage: true })
    await page.setViewportSize({ width: 390, height: 844 })
    await section().scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/wijk-390.png`, fullPage: true })
    await page.setViewportSize({ width: 1280, height: 900 })

    // Something typed but not saved yet must survive the button and the status updates after it.
    const unsaved = 'Nog niet bewaard'
    await page.fill('#field-tagline', unsaved)
    const clicked = performance.now()
    await section().getByRole('button', { name: 'Nu opnieuw bouwen' }).click()
    await expect(
      section()
        .getByRole('status')
        .filter({ hasText: /opnieuw gebouwd/ })
        .waitFor({ timeout: 10_000 }),
    ).resolves.toBeUndefined()
    await section()
      .getByText(/Bezig met bouwen|In de wachtrij/)
      .waitFor({ timeout: 3_000 })
      .catch(() => {}) // only for the screenshot
    await page.screenshot({ path: `${SHOTS}/wijk-1280-rebuilding.png`, fullPage: true })
    const after = await builder!.waitFor(WIJK, (s) => settled(s) && s.current !== before.current, PUBLISH_TO_LIVE_LIMIT_MS)
    log(`"Nu opnieuw bouwen" → new release ${after.current} in ${((performance.now() - clicked) / 1000).toFixed(2)} s`)

    // The sidebar follows the build by itself, without reloading the page.
    await section().getByText(`Versie ${after.current}`).waitFor({ timeout: 15_000 })
    await section().getByRole('status').filter({ hasText: 'Klaar: de nieuwe versie staat online.' }).waitFor({ timeout: 5_000 })
    await expect(section().innerText()).resolves.toMatch(/Handmatig opnieuw bouwen/)
    await expect(page.inputValue('#field-tagline')).resolves.toBe(unsaved)
    await page.screenshot({ path: `${SHOTS}/wijk-1280-rebuilt.png`, fullPage: true })
    await page.setViewportSize({ width: 390, height: 844 })
    await section().scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/wijk-390-rebuilt.png` })
  })

  it('says so when the builder is down', async () => {
    await builder!.stop()
    page.on('dialog', (dialog) => void dialog.accept()) // "leave with unsaved changes?"
    await page.setViewportSize({ width: 1280, height: 900 })
    await openWijk()
    await expect(section().innerText()).resolves.toMatch(/De sitebouwer is niet bereikbaar\./)
    await section().screenshot({ path: `${SHOTS}/wijk-builder-down.png` })
  })
})
