import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { WijkSnapshot } from '@wijk/shared/snapshot'
import { toAmsterdamIso } from '@wijk/shared/time'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSite } from '../builder/render/buildSite.ts'
import { closeLiveIndexes } from '../builder/render/liveIndex.ts'
import { searchRecords } from './helpers/searchRecords'
import { snapshot as demo } from './helpers/builtSite'

const sites = path.resolve(import.meta.dirname, '..')

/**
 * The builder's rebuild after one edit: the same work folder and cache dir, one event renamed and
 * one removed. Only pages that show them may be rendered again; the removed page must be gone.
 */
// Both builds on one clock; today's, because the demo wijk is seeded around today.
const NOW = toAmsterdamIso(new Date())

describe('incremental rebuild', () => {
  mkdirSync(path.join(sites, '.test-build'), { recursive: true })
  const dir = mkdtempSync(path.join(sites, '.test-build', 'incremental-'))
  const out = path.join(dir, 'work')
  const cacheDir = path.join(dir, 'cache')
  const snapshotFile = path.join(dir, 'snapshot.json')
  const build = (snapshot: WijkSnapshot) => {
    writeFileSync(snapshotFile, JSON.stringify(snapshot))
    return buildSite({ snapshot: snapshotFile, out, cacheDir, incremental: true, now: NOW })
  }
  const html = (urlPath: string) => readFileSync(path.join(out, urlPath, 'index.html'), 'utf8')
  const searchablePages = () =>
    (JSON.parse(readFileSync(path.join(out, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }).languages.nl!
      .page_count
  const mtime = (urlPath: string) => statSync(path.join(out, urlPath, 'index.html')).mtimeMs

  const [edited, removed, untouched] = demo.events
  const untouchedOrganisation = demo.organisations.find((o) => ![edited, removed, untouched].some((e) => e?.organisation === o.slug))
  let before: { untouchedEvent: number; untouchedOrganisation: number; searchablePages: number }
  let first: Awaited<ReturnType<typeof build>>
  let second: Awaited<ReturnType<typeof build>>

  beforeAll(async () => {
    first = await build(demo)
    before = {
      untouchedEvent: mtime(`/agenda/${untouched!.slug}/`),
      untouchedOrganisation: mtime(`/organisaties/${untouchedOrganisation!.slug}/`),
      searchablePages: searchablePages(),
    }
    const next = structuredClone(demo)
    next.events = next.events
      .filter((e) => e.slug !== removed!.slug)
      .map((e) => (e.slug === edited!.slug ? { ...e, title: `${e.title} (nieuwe tijd)`, digest: 'f'.repeat(32) } : e))
    second = await build(next)
  }, 120_000)
  afterAll(async () => {
    await closeLiveIndexes()
    rmSync(dir, { recursive: true, force: true })
  })

  it('renders the edited event anew, and the lists that show it', () => {
    expect(html(`/agenda/${edited!.slug}/`)).toContain(`${edited!.title} (nieuwe tijd)`)
    expect(html('/agenda/')).toContain(`${edited!.title} (nieuwe tijd)`)
  })

  it('keeps pages that show nothing that changed, without rendering them again', () => {
    expect(mtime(`/agenda/${untouched!.slug}/`)).toBe(before.untouchedEvent)
    expect(mtime(`/organisaties/${untouchedOrganisation!.slug}/`)).toBe(before.untouchedOrganisation)
  })

  it('updates the search index in place: the new title is found, the old one is not', () => {
    const record = searchRecords(out).find((r) => r.url === `/agenda/${edited!.slug}/`)
    expect(record?.meta.title).toBe(`${edited!.title} (nieuwe tijd)`)
    expect(searchRecords(out).filter((r) => r.url === `/agenda/${edited!.slug}/`)).toHaveLength(1)
  })

  it('removes the page of an event that is gone, and its place in the sitemap and search index', () => {
    expect(searchRecords(out).map((r) => r.url)).not.toContain(`/agenda/${removed!.slug}/`)
    expect(searchRecords(out).map((r) => r.url)).toContain(`/agenda/${untouched!.slug}/`)
    expect(existsSync(path.join(out, 'agenda', removed!.slug))).toBe(false)
    expect(readFileSync(path.join(out, 'sitemap-0.xml'), 'utf8')).not.toContain(`/agenda/${removed!.slug}/`)
    expect(second.pages).toBe(first.pages - 1)
    expect(searchablePages()).toBe(before.searchablePages - 1)
  })
})
