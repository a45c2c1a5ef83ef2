import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import type { WijkSnapshot } from '@wijk/shared/snapshot'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { chromiumOptions } from '../../scripts/lib/chromiumOptions.ts'
import { buildSite } from '../builder/render/buildSite.ts'
import { closeLiveIndexes } from '../builder/render/liveIndex.ts'
import { serveDirectory } from '../builder/http/staticServer.ts'
import { page as builtPage, siteDir, snapshot } from './helpers/builtSite'
import { answerOsmTiles, markerCounts, popupLinks, settledMap, sumOf, TINY_PNG, zoomAllTheWayIn } from './helpers/mapPage'

type Org = WijkSnapshot['organisations'][number]
const orgPath = (slug: string) => `/organisaties/${slug}/`
const sorted = (values: Iterable<string>) => [...values].sort()
const onMap = (orgs: readonly Org[]) => orgs.filter((org) => org.geo)

let browser: Browser
beforeAll(async () => {
  browser = await chromium.launch(chromiumOptions())
})
afterAll(async () => {
  await browser?.close()
})

/** A page with everything it could not load or run collected: CSP refusals, script errors, missing files. */
const openPage = async (url: string, { javaScriptEnabled = true, width = 1280 } = {}) => {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width, height: 900 }, javaScriptEnabled })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()))
  page.on('pageerror', (error) => problems.push(error.message))
  const osmTiles = await answerOsmTiles(page)
  await page.goto(url)
  return { page, problems, osmTiles, close: () => context.close() }
}

describe('/kaart/ of the demo wijk', () => {
  let server: Awaited<ReturnType<typeof serveDirectory>>
  beforeAll(async () => {
    server = await serveDirectory(siteDir, path.join(siteDir, '404.html'))
  })
  afterAll(() => {
    server?.server.closeAllConnections()
    server?.server.close()
  })

  it('without JavaScript lists every organisation with an address or a map point, by street, each with its address and a link', async () => {
    const { page, close } = await openPage(`${server.url}/kaart/`, { javaScriptEnabled: false, width: 390 })
    const listed = await page.$$eval('[data-place]', (items) =>
      items
        .filter((item) => (item as HTMLElement).offsetParent !== null)
        .map((item) => ({
          href: item.querySelector('a')?.getAttribute('href'),
          name: item.querySelector('a')?.textContent?.trim(),
          text: item.textContent ?? '',
        })),
    )
    const expected = snapshot.organisations.filter((org) => org.address || org.geo)
    expect(expected.length).toBeGreaterThan(100)
    expect(sorted(listed.map((item) => item.href!))).toEqual(sorted(expected.map((org) => orgPath(org.slug))))
    for (const org of expected) {
      const item = listed.find((entry) => entry.href === orgPath(org.slug))!
      expect(item.name).toBe(org.name)
      if (org.address) expect(item.text).toContain(`${org.address.street} ${org.address.houseNumber}, ${org.address.postcode}`)
    }
    // The map needs JavaScript: it stays hidden, and a short message says the list is here instead.
    expect(await page.locator('#kaart').isVisible()).toBe(false)
    expect(await page.locator('#kaart-filter').isVisible()).toBe(false)
    await expect(page.getByText('De kaart werkt met JavaScript').isVisible()).resolves.toBe(true)
    await close()
  })

  it('with JavaScript shows everyone with a map point in its markers, OpenStreetMap tiles and no error under the CSP', async () => {
    const { page, problems, osmTiles, close } = await openPage(`${server.url}/kaart/`, { width: 390 })
    await settledMap(page)
    expect(sumOf(await markerCounts(page))).toBe(onMap(snapshot.organisations).length)
    expect(osmTiles.length).toBeGreaterThan(0)
    expect(await page.locator('#kaart').getAttribute('aria-label')).toContain(snapshot.wijk.name)
    expect(await page.locator('#kaart .leaflet-control-attribution').textContent()).toContain('OpenStreetMap')
    expect(problems).toEqual([])
    await close()
  })

  it('is linked from the organisations page and the main menu, and its CSP allows the tile host', () => {
    expect(builtPage('/organisaties/').querySelector('main a[href="/kaart/"]')).not.toBeNull()
    expect(builtPage('/').querySelector('nav[aria-label="Hoofdmenu"] a[href="/kaart/"]')).not.toBeNull()
    expect(readFileSync(path.join(siteDir, '_headers'), 'utf8')).toMatch(/img-src 'self' data: https:\/\/tile\.openstreetmap\.org;/)
  })
})

/**
 * The demo has one organisation per address. This build of it moves three organisations to the
 * address of a fourth (several initiatives in one buurthuis), leaves images out (the map shows
 * none; the build stays fast) and takes its tiles from a local tile server through MAP_TILE_URL.
 */
describe('/kaart/ with organisations sharing an address and a tile server of its own', () => {
  const dir = (() => {
    mkdirSync(path.join(import.meta.dirname, '..', '.test-build'), { recursive: true })
    return mkdtempSync(path.join(import.meta.dirname, '..', '.test-build', 'map-'))
  })()
  const variant = withoutImages(structuredClone(snapshot))
  const host = variant.organisations.find((org) => org.geo && org.address)!
  const guests = variant.organisations.filter((org) => org !== host && org.geo).slice(0, 3)
  for (const guest of guests) Object.assign(guest, { address: { ...host.address! }, geo: { ...host.geo! } })
  const sharing = [host, ...guests]
  const located = onMap(variant.organisations)
  const tileRequests: string[] = []
  let tiles: Server
  let site: Awaited<ReturnType<typeof serveDirectory>>
  let tileOrigin: string

  beforeAll(async () => {
    tiles = createServer((req, res) => {
      tileRequests.push(req.url ?? '')
      res.writeHead(200, { 'content-type': 'image/png' }).end(TINY_PNG)
    })
    await new Promise<void>((resolve) => tiles.listen(0, '127.0.0.1', resolve))
    tileOrigin = `http://127.0.0.1:${(tiles.address() as AddressInfo).port}`
    const snapshotFile = path.join(dir, 'snapshot.json')
    writeFileSync(snapshotFile, JSON.stringify(variant))
    await buildSite({
      snapshot: snapshotFile,
      out: path.join(dir, 'site'),
      cacheDir: path.join(dir, 'cache'),
      env: { ...process.env, MAP_TILE_URL: `${tileOrigin}/tegels/{z}/{x}/{y}.png`, MAP_TILE_ATTRIBUTION: 'Kaart: testtegels' },
    })
    site = await serveDirectory(path.join(dir, 'site'), path.join(dir, 'site', '404.html'))
  }, 120_000)
  afterAll(async () => {
    site?.server.closeAllConnections()
    site?.server.close()
    tiles?.close()
    await closeLiveIndexes()
    rmSync(dir, { recursive: true, force: true })
  })

  const openMap = async (width = 1280) => {
    const opened = await openPage(`${site.url}/kaart/`, { width })
    await settledMap(opened.page)
    return opened
  }

  /** At the closest zoom, every organisation reachable through a marker's popup, as organisation paths. */
  const reachable = async (page: Page) => {
    await zoomAllTheWayIn(page)
    return popupLinks(page)
  }

  it('every organisation with a map point is reachable through exactly one marker; one marker serves a shared address', async () => {
    const { page, problems, close } = await openMap()
    expect(sumOf(await markerCounts(page))).toBe(located.length)
    const markers = await reachable(page)
    const links = markers.flatMap((marker) => marker.hrefs)
    expect(sorted(links)).toEqual(sorted(located.map((org) => orgPath(org.slug))))
    const shared = markers.filter((marker) => marker.hrefs.length > 1)
    expect(shared).toHaveLength(1)
    expect(sorted(shared[0]!.hrefs)).toEqual(sorted(sharing.map((org) => orgPath(org.slug))))
    expect(shared[0]!.shown).toBe('4')
    expect(shared[0]!.label).toContain(`4 organisaties: ${host.address!.street} ${host.address!.houseNumber}`)
    expect(problems).toEqual([])
    await close()
  })

  it('takes its tiles from MAP_TILE_URL, which the CSP allows, and names their source', async () => {
    const { page, problems, close } = await openMap(390)
    expect(readFileSync(path.join(dir, 'site', '_headers'), 'utf8')).toContain(`img-src 'self' data: ${tileOrigin};`)
    await page.waitForFunction(() => document.querySelectorAll('#kaart .leaflet-tile-loaded').length > 0)
    expect(tileRequests.some((url) => /^\/tegels\/\d+\/\d+\/\d+\.png$/.test(url))).toBe(true)
    expect(await page.locator('#kaart .leaflet-control-attribution').textContent()).toContain('Kaart: testtegels')
    expect(problems).toEqual([])
    await close()
  })

  it('the theme filter shows only organisations with a chosen theme, on the map and in the list, and "Alle thema\'s tonen" brings all back', async () => {
    const { page, problems, close } = await openMap()
    const visibleList = () => page.$$eval('[data-place]:not([hidden]) a', (links) => links.map((a) => a.getAttribute('href')!))
    const expectShowing = async (orgs: readonly Org[]) => {
      await settledMap(page)
      expect(sorted(await visibleList())).toEqual(sorted(orgs.filter((org) => org.address || org.geo).map((org) => orgPath(org.slug))))
      expect(sumOf(await markerCounts(page))).toBe(onMap(orgs).length)
      expect(await page.locator('#kaart-telling').textContent()).toContain(String(onMap(orgs).length))
      expect(sorted((await reachable(page)).flatMap((marker) => marker.hrefs))).toEqual(sorted(onMap(orgs).map((org) => orgPath(org.slug))))
    }
    // The theme of the shared address's host, so its marker also has to shrink to the matching organisations.
    const [first, second] = [host.themes[0]!, variant.themes.find((theme) => !host.themes.includes(theme.slug))!.slug]
    const withAny = (slugs: string[]) => variant.organisations.filter((org) => org.themes.some((slug) => slugs.includes(slug)))
    expect(withAny([first]).length).toBeLessThan(located.length)

    await page.getByText('Kies een thema').click()
    const box = (slug: string) => page.locator(`#kaart-filter input[value="${slug}"]`)
    await box(first).check()
    await expectShowing(withAny([first]))
    await box(second).check()
    await expectShowing(withAny([first, second]))
    await page.getByRole('button', { name: "Alle thema's tonen" }).click()
    await expectShowing(variant.organisations)
    expect(problems).toEqual([])
    await close()
  })

  it('works with the keyboard: Enter on a marker opens its popup with the focus on the first link, Escape returns to the marker; Enter on a cluster zooms in', async () => {
    const { page, problems, close } = await openMap()
    const clusters = page.locator('#kaart .leaflet-marker-icon:has(.kaart-cluster)')
    const before = await page.locator('#kaart .leaflet-marker-icon').count()
    expect(await clusters.count()).toBeGreaterThan(0)
    await clusters.first().focus()
    await page.keyboard.press('Enter')
    // The zoom animation may start a frame after the key press: wait for its result, not for no animation.
    await expect.poll(() => page.locator('#kaart .leaflet-marker-icon').count(), { timeout: 10_000 }).toBeGreaterThan(before)
    await settledMap(page)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kaart')

    await zoomAllTheWayIn(page)
    const single = located.find((org) => !sharing.includes(org))!
    const marker = page.locator(`#kaart .leaflet-marker-icon[aria-label^="${single.name}, "]`)
    await marker.focus()
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(orgPath(single.slug))
    await page.keyboard.press('Escape')
    await page.locator('#kaart .leaflet-popup').waitFor({ state: 'detached' })
    expect(await marker.evaluate((element) => element === document.activeElement)).toBe(true)
    expect(problems).toEqual([])
    await close()
  })
})

/** The snapshot without images: every image reference (an object with url and alt) becomes null. */
function withoutImages<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutImages) as T
  if (!value || typeof value !== 'object') return value
  const entries = Object.entries(value).map(([key, inner]) => [
    key,
    inner && typeof inner === 'object' && 'url' in inner && 'alt' in inner ? null : withoutImages(inner),
  ])
  return Object.fromEntries(entries) as T
}
