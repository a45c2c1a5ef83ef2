import type { Payload } from 'payload'

import { expandOccurrences } from '@wijk/shared/recurrence'
import { wijkSnapshotSchema } from '@wijk/shared/snapshot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSnapshot } from '../../src/snapshot/buildSnapshot'
import { sanitizeRichHtml } from '../../src/snapshot/richTextToSafeHtml'
import { richText } from '../../src/seed/richText'
import { startPayload } from '../helpers/payload'
import { buildWorld, type World } from '../helpers/world'

let payload: Payload
let world: World

const create = (collection: Parameters<Payload['create']>[0]['collection'], data: Record<string, unknown>) =>
  payload.create({ collection, data: data as never, overrideAccess: true })

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
  const tenant = world.wijkA.id
  await create('organisations', { tenant, name: 'Nog geheim initiatief', summary: 'Concept.', _status: 'draft' })
  const draftHost = await create('organisations', { tenant, name: 'Nieuwe moestuin', summary: 'Concept.', _status: 'draft' })
  await create('events', {
    tenant,
    title: 'Buurtmaaltijd op dinsdag',
    summary: 'Samen eten.',
    category: 'buurtmaaltijd',
    organisation: draftHost.id,
    startsAt: '2026-10-20T16:00:00.000Z',
    endsAt: '2026-10-20T18:00:00.000Z',
    _status: 'published',
    recurrence: { rule: 'FREQ=WEEKLY;BYDAY=TU', exceptions: [{ date: '2026-12-29T11:00:00.000Z' }] },
  })
  await create('events', { tenant, title: 'Lang geleden', summary: 'x', category: 'cultuur', startsAt: '2025-01-10T18:00:00.000Z', _status: 'published' })
  await create('articles', {
    tenant,
    title: 'Gepubliceerd verhaal',
    lead: 'Over de markt.',
    authorName: 'Ans',
    editorialStatus: 'published',
    body: richText(['Hallo <script>alert(1)</script> buren']),
  })
  await create('posts', { tenant, kind: 'aanbod', title: 'Gratis stoelen', body: 'Vier stoelen.', authorName: 'Kees', editorialStatus: 'published' })
  await create('posts', {
    tenant,
    kind: 'vraag',
    title: 'Verlopen vraag',
    body: 'x',
    authorName: 'K',
    editorialStatus: 'published',
    expiresAt: '2020-01-01T00:00:00.000Z',
  })
  await create('posts', { tenant, kind: 'vraag', title: 'Al opgelost', body: 'x', authorName: 'K', editorialStatus: 'published', closed: true })
})
afterAll(async () => payload.destroy())

describe('wijk snapshot', () => {
  it('is valid against the shared schema', async () => {
    const snapshot = await buildSnapshot(payload, 'delfshaven')
    expect(wijkSnapshotSchema.safeParse(snapshot).success).toBe(true)
    expect(snapshot?.wijk).toMatchObject({ slug: 'delfshaven', domain: 'delfshaven.localhost', siteUrl: 'http://delfshaven.localhost/' })
  })

  it('holds published content only', async () => {
    const snapshot = (await buildSnapshot(payload, 'delfshaven'))!
    const names = snapshot.organisations.map((o) => o.name)
    expect(names).toEqual(expect.arrayContaining(['Buurthuis De Kabel', 'Taalcafé Bospolder']))
    expect(names).not.toContain('Nog geheim initiatief')
    expect(snapshot.articles.map((a) => a.title)).toEqual(['Gepubliceerd verhaal'])
    expect(snapshot.posts.map((p) => p.title)).toEqual(['Gratis stoelen'])
    expect(snapshot.events.map((e) => e.title)).not.toContain('Lang geleden')
  })

  it('never contains another wijk’s content', async () => {
    const text = JSON.stringify(await buildSnapshot(payload, 'delfshaven'))
    expect(text).not.toMatch(/Kanaleneiland/i)
    const other = JSON.stringify(await buildSnapshot(payload, 'kanaleneiland'))
    expect(other).not.toMatch(/De Kabel|Bospolder/)
  })

  it('drops a reference to an organisation that is not published', async () => {
    const snapshot = (await buildSnapshot(payload, 'delfshaven'))!
    const meal = snapshot.events.find((e) => e.title === 'Buurtmaaltijd op dinsdag')!
    expect(meal.organisation).toBeNull()
    const hosted = snapshot.events.find((e) => e.title === 'Buurtmaaltijd De Kabel')!
    expect(hosted.organisation).toBe('buurthuis-de-kabel')
  })

  it('carries the recurrence rule in Amsterdam time, expandable across DST', async () => {
    const snapshot = (await buildSnapshot(payload, 'delfshaven'))!
    const meal = snapshot.events.find((e) => e.title === 'Buurtmaaltijd op dinsdag')!
    expect(meal.start).toBe('2026-10-20T18:00:00+02:00')
    expect(meal.recurrence).toEqual({ rule: 'FREQ=WEEKLY;BYDAY=TU', exceptions: ['2026-12-29'] })
    const dates = expandOccurrences(meal, { from: new Date('2026-10-19T00:00:00Z'), to: new Date('2027-01-06T00:00:00Z') }).map((o) => o.start)
    expect(dates[0]).toBe('2026-10-20T18:00:00+02:00')
    expect(dates[1]).toBe('2026-10-27T18:00:00+01:00')
    expect(dates).not.toContain('2026-12-29T18:00:00+01:00')
    expect(dates).toContain('2027-01-05T18:00:00+01:00')
  })

  it('delivers rich text as sanitised HTML', async () => {
    const snapshot = (await buildSnapshot(payload, 'delfshaven'))!
    const article = snapshot.articles[0]!
    expect(article.bodyHtml).toContain('<p>')
    expect(article.bodyHtml).not.toContain('<script')
    expect(sanitizeRichHtml('<p onclick="x()">Hoi <a href="javascript:alert(1)">klik</a><img src=x onerror=alert(1)></p>')).toBe(
      '<p>Hoi <a rel="noopener noreferrer">klik</a></p>',
    )
  })

  it('gives every item a content digest that changes when the item changes', async () => {
    const before = (await buildSnapshot(payload, 'delfshaven'))!.organisations.find((o) => o.slug === 'taalcafe-bospolder')!
    await payload.update({ collection: 'organisations', id: world.orgA2.id, data: { summary: 'Elke dinsdag taalles.' }, overrideAccess: true })
    const after = (await buildSnapshot(payload, 'delfshaven'))!.organisations.find((o) => o.slug === 'taalcafe-bospolder')!
    expect(after.digest).not.toBe(before.digest)
  })

  it('is null for an unknown wijk', async () => {
    expect(await buildSnapshot(payload, 'bestaat-niet')).toBeNull()
  })
})
