import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSnapshot } from '../../src/snapshot/buildSnapshot'
import { CHANGE_WINDOW_MS } from '../../src/snapshot/changeWatch'
import { snapshotCacheStats } from '../../src/snapshot/snapshotCache'
import { richText } from '../../src/seed/richText'
import { startPayloadWorld } from '../helpers/payload'
import type { World } from '../helpers/world'

let payload: Payload
let world: World

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
const days = (n: number) => n * 86_400_000

const create = (collection: Parameters<Payload['create']>[0]['collection'], data: Record<string, unknown>) =>
  payload.create({ collection, data: data as never, overrideAccess: true })
const update = (collection: Parameters<Payload['update']>[0]['collection'], id: number, data: Record<string, unknown>, draft = false) =>
  payload.update({ collection, id, data: data as never, overrideAccess: true, draft })

/**
 * The cached snapshot of a wijk, after checking it is byte for byte the one assembled from scratch
 * for the same database and moment.
 */
const cachedSnapshot = async (slug = 'delfshaven', now = new Date()) => {
  const cached = JSON.stringify(await buildSnapshot(payload, slug, now))
  const fromScratch = JSON.stringify(await buildSnapshot(payload, slug, now, { cache: false }))
  expect(cached).toBe(fromScratch)
  return JSON.parse(cached) as NonNullable<Awaited<ReturnType<typeof buildSnapshot>>>
}

/** What the cache did during `action`: lists reloaded in full and documents reread, per collection. */
const cacheWork = async (action: () => Promise<unknown>) => {
  const before = snapshotCacheStats(payload)
  await action()
  const after = snapshotCacheStats(payload)
  const delta = (key: 'reloaded' | 'reread') =>
    Object.fromEntries(
      Object.entries(after[key]).flatMap(([c, n]) =>
        n - before[key][c as keyof typeof before.reloaded] ? [[c, n - before[key][c as keyof typeof before.reloaded]]] : [],
      ),
    )
  return { reloaded: delta('reloaded'), reread: delta('reread') }
}

const titlesOf = (items: { title: string }[]) => items.map((item) => item.title)

beforeAll(async () => {
  ;({ payload, world } = await startPayloadWorld())
  await update('articles', world.articleOfWriterA.id, { editorialStatus: 'published', _status: 'published' })
  await update('posts', world.postOfOtherWriterA.id, { editorialStatus: 'published' })
  await cachedSnapshot()
  await cachedSnapshot('kanaleneiland')
})
afterAll(async () => payload.destroy())

describe('the cached snapshot', () => {
  it('rereads only the edited event after a title change', async () => {
    await update('events', world.eventA1.id, { title: 'Buurtmaaltijd De Kabel (vernieuwd)' })
    const work = await cacheWork(async () => expect(titlesOf((await cachedSnapshot()).events)).toContain('Buurtmaaltijd De Kabel (vernieuwd)'))
    // The comparison's from-scratch snapshot does not use the cache; the cached one reread one document.
    expect(work).toEqual({ reloaded: {}, reread: { events: 1 } })
  })

  it('rereads nothing when nothing changed', async () => {
    expect(await cacheWork(() => cachedSnapshot())).toEqual({ reloaded: {}, reread: {} })
  })

  it('drops an unpublished event and keeps the published version when a draft is saved', async () => {
    await update('events', world.eventA2.id, { title: 'Taalcafé (concept)' }, true)
    let titles = titlesOf((await cachedSnapshot()).events)
    expect(titles).toContain('Taalcafé op dinsdag')
    expect(titles).not.toContain('Taalcafé (concept)')
    await update('events', world.eventA2.id, { _status: 'draft' })
    titles = titlesOf((await cachedSnapshot()).events)
    expect(titles).not.toContain('Taalcafé op dinsdag')
    await update('events', world.eventA2.id, { _status: 'published' })
    expect(titlesOf((await cachedSnapshot()).events)).toContain('Taalcafé (concept)')
  })

  it('follows a created and a deleted event', async () => {
    const created = await create('events', {
      tenant: world.wijkA.id,
      title: 'Nieuw: repaircafé',
      summary: 'Kapotte spullen?',
      category: 'ontmoeting',
      startsAt: new Date(Date.now() + days(5)).toISOString(),
      _status: 'published',
    })
    expect(titlesOf((await cachedSnapshot()).events)).toContain('Nieuw: repaircafé')
    await payload.delete({ collection: 'events', id: created.id, overrideAccess: true })
    const work = await cacheWork(async () => expect(titlesOf((await cachedSnapshot()).events)).not.toContain('Nieuw: repaircafé'))
    expect(work.reloaded).toEqual({ events: 1 })
  })

  it('shows an organisation’s new slug in its events', async () => {
    await update('organisations', world.orgA1.id, { slug: 'de-kabel' })
    const snapshot = await cachedSnapshot()
    expect(snapshot.events.find((e) => e.title.startsWith('Buurtmaaltijd De Kabel'))!.organisation).toBe('de-kabel')
    expect(snapshot.organisations.map((o) => o.slug)).toContain('de-kabel')
  })

  it('shows a renamed theme in the theme list, organisations and events', async () => {
    await update('events', world.eventA1.id, { themes: [world.themeA.id] })
    await cachedSnapshot()
    await update('themes', world.themeA.id, { name: 'Samen eten', slug: 'samen-eten' })
    const snapshot = await cachedSnapshot()
    expect(snapshot.themes.map((t) => t.slug)).toEqual(['samen-eten'])
    expect(snapshot.organisations.find((o) => o.slug === 'de-kabel')!.themes).toEqual(['samen-eten'])
    expect(snapshot.events.find((e) => e.title.startsWith('Buurtmaaltijd De Kabel'))!.themes).toEqual(['samen-eten'])
  })

  it('shows a changed alt text of an image an event uses', async () => {
    const image = await payload.create({
      collection: 'media',
      data: { tenant: world.wijkA.id, alt: 'Een stip' } as never,
      file: { data: PNG, mimetype: 'image/png', name: 'stip.png', size: PNG.length },
      overrideAccess: true,
    })
    await update('events', world.eventA1.id, { image: image.id })
    expect((await cachedSnapshot()).events.find((e) => e.title.startsWith('Buurtmaaltijd De Kabel'))!.image?.alt).toBe('Een stip')
    await update('media', image.id as number, { alt: 'Een rode stip' })
    expect((await cachedSnapshot()).events.find((e) => e.title.startsWith('Buurtmaaltijd De Kabel'))!.image?.alt).toBe('Een rode stip')
  })

  it('leaves out a post once it expires and an event once it is long past, as now moves', async () => {
    const now = Date.now()
    await create('posts', {
      tenant: world.wijkA.id,
      kind: 'aanbod',
      title: 'Kinderfiets',
      body: 'Te klein geworden.',
      authorName: 'Mo',
      editorialStatus: 'published',
      expiresAt: new Date(now + days(2)).toISOString(),
    })
    expect(titlesOf((await cachedSnapshot('delfshaven', new Date(now))).posts)).toContain('Kinderfiets')
    expect(titlesOf((await cachedSnapshot('delfshaven', new Date(now + days(3)))).posts)).not.toContain('Kinderfiets')
    // The world's events start in three days: 31 days after that they are past the cutoff.
    expect(titlesOf((await cachedSnapshot('delfshaven', new Date(now + days(40)))).events)).not.toContain('Taalcafé (concept)')
    expect(titlesOf((await cachedSnapshot('delfshaven', new Date(now))).events)).toContain('Taalcafé (concept)')
  })

  it('shows an article once it is published, newest first', async () => {
    const later = await create('articles', {
      tenant: world.wijkA.id,
      title: 'Tweede verhaal',
      lead: 'Nog een.',
      body: richText(['Tekst.']),
      authorName: 'Ans',
      editorialStatus: 'draft',
    })
    expect(titlesOf((await cachedSnapshot()).articles)).not.toContain('Tweede verhaal')
    await update('articles', later.id, { editorialStatus: 'published', _status: 'published', publishedAt: new Date(Date.now() + 60_000).toISOString() })
    expect(titlesOf((await cachedSnapshot()).articles)).toEqual(['Tweede verhaal', 'Mijn straat'])
  })

  it('finds a change committed after a newer one, with an older updatedAt', async () => {
    // Another process (or a transaction) stamped its write before a write that was committed first,
    // and before the previous snapshot looked; it is still well inside the window.
    await update('events', world.eventA1.id, { title: 'Buurtmaaltijd De Kabel (nogmaals)' })
    const stamp = new Date(Date.now() - Math.min(1000, CHANGE_WINDOW_MS / 2)).toISOString()
    await cachedSnapshot()
    await payload.db.updateOne({ collection: 'events', id: world.eventA2.id, data: { title: 'Taalcafé (laat)', updatedAt: stamp } })
    expect(titlesOf((await cachedSnapshot()).events)).toContain('Taalcafé (laat)')
  })

  it('keeps each wijk to its own content', async () => {
    await update('events', world.eventB1.id, { title: 'Maaltijd Kanaleneiland (vernieuwd)' })
    const other = await cachedSnapshot('kanaleneiland')
    expect(titlesOf(other.events)).toEqual(['Maaltijd Kanaleneiland (vernieuwd)'])
    expect(titlesOf((await cachedSnapshot()).events)).not.toContain('Maaltijd Kanaleneiland (vernieuwd)')
  })

  it('is null for an unknown wijk', async () => {
    expect(await buildSnapshot(payload, 'bestaat-niet')).toBeNull()
  })
})
