import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { SnapshotEvent, SnapshotOrganisation, WijkSnapshot } from '@wijk/shared/snapshot'
import { addAmsterdamDays, parseIsoWithOffset, toAmsterdamIso } from '@wijk/shared/time'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSite } from '../builder/render/buildSite.ts'
import { filesUnder } from '../builder/filesUnder.ts'
import { closeLiveIndexes } from '../builder/render/liveIndex.ts'
import { routeFiles } from '../builder/render/warm/sitePages.ts'
import { createWarmRenderer } from '../builder/render/warm/warmRenderer.ts'
import { agendaWindow, occurrences } from '../src/lib/agenda'
import { monthOf } from '../src/lib/agendaMonths'
import { snapshot as demo } from './helpers/builtSite'

const sites = path.resolve(import.meta.dirname, '..')
// One clock for the warm and the full builds, so they can be compared; today's, because the demo wijk is seeded around today.
const NOW = toAmsterdamIso(new Date())

/**
 * Pages a one-event title edit of a one-off activity renders besides the single pages (which have
 * no cacheKey: home, agenda, feeds, forms): its own page, its host's page, its month, its category
 * page and feed, its print sheets (the week, the category's week and the category's coming weeks),
 * and the theme pages that list it among their first activities. Before the agenda's and themes'
 * list pages had keys, every month, category page and feed and theme page was rendered too (~40
 * more for the demo wijk).
 */
const ONE_OFF_TITLE_EDIT_MAX_RENDERED = 10

type Rebuilt = { pages: number; rendered: number; changed: string[] } | null

/**
 * The builder's fast path: after a full build, a publish re-renders only what changed in a warm dev
 * server. Its output must be exactly what `astro build` writes for the same snapshot, file for file.
 * Each publish below changes one thing a list page shows, so a cacheKey that misses it leaves a stale
 * page that the comparison with a full build finds.
 */
describe('warm renderer', () => {
  mkdirSync(path.join(sites, '.test-build'), { recursive: true })
  const dir = mkdtempSync(path.join(sites, '.test-build', 'warm-'))
  const work = path.join(dir, 'work')
  const cacheDir = path.join(dir, 'cache')
  const snapshotFile = (name: string, snapshot: WijkSnapshot) => {
    const file = path.join(dir, `${name}.json`)
    writeFileSync(file, JSON.stringify(snapshot))
    return file
  }
  const log: string[] = []
  const warm = createWarmRenderer({ log: (message) => log.push(message) })

  /** What the work folder holds: the demo, then each publish on top of the one before. */
  let current: WijkSnapshot = demo
  let digests = 0
  const newDigest = () => (++digests).toString(16).padStart(32, 'c')
  const withEvent = (slug: string, change: (event: SnapshotEvent) => Partial<SnapshotEvent>) => {
    const next = structuredClone(current)
    next.events = next.events.map((e) => (e.slug === slug ? { ...e, ...change(e), digest: newDigest() } : e))
    return next
  }
  const withOrganisation = (slug: string, change: (organisation: SnapshotOrganisation) => Partial<SnapshotOrganisation>) => {
    const next = structuredClone(current)
    next.organisations = next.organisations.map((o) => (o.slug === slug ? { ...o, ...change(o), digest: newDigest() } : o))
    return next
  }

  const publish = async (name: string, snapshot: WijkSnapshot): Promise<Rebuilt> => {
    const rebuilt = await warm.rebuild({ wijk: 'demo', snapshotFile: snapshotFile(name, snapshot), workDir: work, now: NOW })
    current = snapshot
    return rebuilt
  }

  /** The files of the work folder that differ from a full (not incremental) astro build of the same snapshot. */
  const differencesFromFullBuild = async (name: string) => {
    const full = path.join(dir, `full-${name}`)
    await buildSite({ snapshot: snapshotFile(`${name}-full`, current), out: full, cacheDir: path.join(dir, 'cache-full'), now: NOW })
    const pages = (root: string) =>
      filesUnder(root)
        .filter((file: string) => !file.startsWith('pagefind/'))
        .sort()
    expect(pages(work)).toEqual(pages(full))
    const differing = pages(full).filter((file: string) => !readFileSync(path.join(work, file)).equals(readFileSync(path.join(full, file))))
    rmSync(full, { recursive: true, force: true })
    return differing
  }

  /** Routes without parameters: one page each, rendered on every publish (Astro gives them no cacheKey)… */
  const singlePages = routeFiles(path.join(sites, 'src/pages')).filter((route: string) => !route.includes('['))
  /** …except these, which list only articles or organisations and export a cacheKey for the warm renderer. */
  const keyedSinglePages = ['account/registreren.astro', 'buurtkrant/index.astro', 'buurtkrant/rss.xml.ts', 'organisaties/index.astro', 'themas/index.astro']
  const unkeyedPages = singlePages.length - keyedSinglePages.length
  const items = occurrences(demo.events, agendaWindow(new Date(NOW)))
  const upcomingOneOff = (event: SnapshotEvent) => !event.recurrence && items.some((item) => item.event.slug === event.slug)
  const monthPage = (month: string) => `agenda/maand/${month}/index.html`
  const categoryPage = (category: string) => `agenda/categorie/${category}/index.html`
  const categoryFeed = (category: string) => `agenda/categorie/${category}.ics`

  beforeAll(async () => {
    const first = snapshotFile('first', demo)
    await buildSite({ snapshot: first, out: work, cacheDir, incremental: true, now: NOW })
    await warm.prepare({ wijk: 'demo', snapshotFile: first, workDir: work, cacheDir, now: NOW })
  }, 180_000)
  afterAll(async () => {
    await warm.stop()
    await closeLiveIndexes()
    rmSync(dir, { recursive: true, force: true })
  })

  it('learns every route from the full build', () => {
    expect(log).toEqual([])
  })

  it('a publish that changes nothing renders only the single pages without a key, and writes nothing', async () => {
    const rebuilt = await publish('same', structuredClone(current))
    expect(rebuilt?.changed).toEqual([])
    // Every page of a dynamic route (events, lists, sheets, feeds) has a cacheKey.
    expect(singlePages).toEqual(expect.arrayContaining(keyedSinglePages))
    expect(rebuilt?.rendered).toBe(unkeyedPages)
  })

  it('a one-event title edit renders only the pages that show the event, and writes what a full build writes', async () => {
    const event = demo.events.find(upcomingOneOff)!
    const otherEvent = demo.events.find((e) => e !== event)!
    const rebuilt = await publish(
      'title',
      withEvent(event.slug, (e) => ({ title: `${e.title} (verzet)` })),
    )
    expect(rebuilt).not.toBeNull()
    expect(rebuilt!.changed).toEqual(expect.arrayContaining([`agenda/${event.slug}/index.html`, categoryPage(event.category), categoryFeed(event.category)]))
    expect(rebuilt!.changed).not.toContain(`agenda/${otherEvent.slug}/index.html`)
    expect(rebuilt!.rendered - unkeyedPages).toBeLessThanOrEqual(ONE_OFF_TITLE_EDIT_MAX_RENDERED)
    expect(await differencesFromFullBuild('title')).toEqual([])
  }, 180_000)

  it('an event moved to another month changes both month pages', async () => {
    const later = (iso: string) => toAmsterdamIso(addAmsterdamDays(parseIsoWithOffset(iso), 28))
    const { to: windowEnd } = agendaWindow(new Date(NOW))
    // A one-off activity that four weeks later falls in the next month, still inside the agenda.
    const item = items.find((i) => upcomingOneOff(i.event) && monthOf({ ...i, start: later(i.start) }) !== monthOf(i) && new Date(later(i.start)) < windowEnd)!
    const [from, to] = [monthOf(item), monthOf({ ...item, start: later(item.start) })]
    const rebuilt = await publish(
      'month',
      withEvent(item.event.slug, (e) => ({ start: later(e.start), end: later(e.end) })),
    )
    expect(rebuilt).not.toBeNull()
    expect(rebuilt!.changed).toEqual(expect.arrayContaining([monthPage(from), monthPage(to)]))
    expect(await differencesFromFullBuild('month')).toEqual([])
  }, 180_000)

  it("an event's new category changes both category pages and feeds", async () => {
    const to = 'buurtmaaltijd'
    const event = demo.events.find((e) => upcomingOneOff(e) && e.category !== to && demo.events.filter((o) => o.category === e.category).length > 2)!
    const rebuilt = await publish(
      'category',
      withEvent(event.slug, () => ({ category: to })),
    )
    expect(rebuilt).not.toBeNull()
    expect(rebuilt!.changed).toEqual(expect.arrayContaining([categoryPage(event.category), categoryPage(to), categoryFeed(event.category), categoryFeed(to)]))
    expect(await differencesFromFullBuild('category')).toEqual([])
  }, 180_000)

  it('an event taken out of one theme and put in another changes both theme pages', async () => {
    // The first activity in the agenda is among the few each of its themes' pages shows.
    const event = items.find((item) => item.event.themes.length > 0)!.event
    const [removed] = event.themes
    const added = demo.themes.find((theme) => !event.themes.includes(theme.slug))!.slug
    const rebuilt = await publish(
      'theme',
      withEvent(event.slug, (e) => ({ themes: [...e.themes.slice(1), added] })),
    )
    expect(rebuilt).not.toBeNull()
    expect(rebuilt!.changed).toEqual(expect.arrayContaining([`themas/${removed}/index.html`, `themas/${added}/index.html`]))
    expect(await differencesFromFullBuild('theme')).toEqual([])
  }, 180_000)

  it("a renamed host changes the lists that name it as the event's place", async () => {
    const item = items.find(({ event }) => event.organisation && !event.place?.name)!
    const host = item.event.organisation!
    const rebuilt = await publish(
      'host',
      withOrganisation(host, (o) => ({ name: `${o.name} & co` })),
    )
    expect(rebuilt).not.toBeNull()
    expect(rebuilt!.changed).toEqual(
      expect.arrayContaining([
        `organisaties/${host}/index.html`,
        monthPage(monthOf(item)),
        categoryPage(item.event.category),
        'organisaties/index.html',
        'account/registreren/index.html',
      ]),
    )
    expect(await differencesFromFullBuild('host')).toEqual([])
  }, 180_000)

  it('an edited article changes the buurtkrant and its feed', async () => {
    const next = structuredClone(current)
    next.articles = next.articles.map((a, i) => (i === 0 ? { ...a, title: `${a.title} (bijgewerkt)`, digest: newDigest() } : a))
    const rebuilt = await publish('article', next)
    expect(rebuilt).not.toBeNull()
    expect(rebuilt!.changed).toEqual(expect.arrayContaining(['buurtkrant/index.html', 'buurtkrant/rss.xml']))
    expect(await differencesFromFullBuild('article')).toEqual([])
  }, 180_000)

  it('declines when pages come or go, so the full build removes them', async () => {
    const removed = structuredClone(current)
    removed.events = removed.events.filter((e) => e.slug !== demo.events[2]!.slug)
    expect(await warm.rebuild({ wijk: 'demo', snapshotFile: snapshotFile('removed', removed), workDir: work, now: NOW })).toBeNull()
  })

  it('declines for another wijk or work folder', async () => {
    expect(await warm.rebuild({ wijk: 'andere-wijk', snapshotFile: snapshotFile('other', current), workDir: work, now: NOW })).toBeNull()
  })
})
