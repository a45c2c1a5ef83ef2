import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { WijkSnapshot } from '@wijk/shared/snapshot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSite } from '../scripts/lib/buildSite.mjs'
import { filesUnder } from '../scripts/lib/filesUnder.mjs'
import { closeLiveIndexes } from '../scripts/lib/liveIndex.mjs'
import { createWarmRenderer } from '../scripts/lib/warm/warmRenderer.mjs'
import { snapshot as demo } from './helpers/builtSite'

const sites = path.resolve(import.meta.dirname, '..')
const NOW = '2026-11-23T10:00:00+01:00'

/**
 * The builder's fast path: after a full build, a publish re-renders only what changed in a warm dev
 * server. Its output must be exactly what `astro build` writes for the same snapshot, file for file.
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

  const [event, , otherEvent] = demo.events
  const organisation = demo.organisations.find((o) => o.slug !== event!.organisation)!
  const edited = structuredClone(demo)
  edited.events = edited.events.map((e) => (e.slug === event!.slug ? { ...e, title: `${e.title} (verzet)`, digest: 'a'.repeat(32) } : e))
  edited.organisations = edited.organisations.map((o) => (o.slug === organisation.slug ? { ...o, name: `${o.name} & co`, digest: 'b'.repeat(32) } : o))
  let rebuilt: { pages: number; rendered: number; changed: string[] } | null

  beforeAll(async () => {
    const first = snapshotFile('first', demo)
    await buildSite({ snapshot: first, out: work, cacheDir, incremental: true, now: NOW })
    await warm.prepare({ wijk: 'demo', snapshotFile: first, workDir: work, cacheDir, now: NOW })
    rebuilt = await warm.rebuild({ wijk: 'demo', snapshotFile: snapshotFile('edited', edited), workDir: work, now: NOW })
  }, 180_000)
  afterAll(async () => {
    await warm.stop()
    await closeLiveIndexes()
    rmSync(dir, { recursive: true, force: true })
  })

  it('learns every route from the full build and takes the edit', () => {
    expect(log).toEqual([])
    expect(rebuilt).not.toBeNull()
    expect(rebuilt!.changed).toContain(`agenda/${event!.slug}/index.html`)
    expect(rebuilt!.changed).toContain(`organisaties/${organisation.slug}/index.html`)
    expect(rebuilt!.changed).not.toContain(`agenda/${otherEvent!.slug}/index.html`)
    expect(rebuilt!.rendered).toBeLessThan(rebuilt!.pages / 2)
  })

  it('writes exactly what a full astro build of the edited snapshot writes', async () => {
    const full = path.join(dir, 'full')
    await buildSite({ snapshot: snapshotFile('edited-full', edited), out: full, cacheDir: path.join(dir, 'cache-full'), now: NOW })
    const pages = (root: string) => filesUnder(root).filter((file: string) => !file.startsWith('pagefind/')).sort()
    expect(pages(work)).toEqual(pages(full))
    const differing = pages(full).filter((file: string) => !readFileSync(path.join(work, file)).equals(readFileSync(path.join(full, file))))
    expect(differing).toEqual([])
  }, 180_000)

  it('declines when pages come or go, so the full build removes them', async () => {
    const removed = structuredClone(edited)
    removed.events = removed.events.filter((e) => e.slug !== otherEvent!.slug)
    expect(await warm.rebuild({ wijk: 'demo', snapshotFile: snapshotFile('removed', removed), workDir: work, now: NOW })).toBeNull()
  })

  it('declines for another wijk or work folder', async () => {
    expect(await warm.rebuild({ wijk: 'andere-wijk', snapshotFile: snapshotFile('other', edited), workDir: work, now: NOW })).toBeNull()
  })
})
