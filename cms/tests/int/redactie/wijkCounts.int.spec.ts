/**
 * The dashboard's counts against the goals, computed with Payload's count/find only, at a given
 * "now" (a week in 2025, so nothing the world builds at the real time falls inside its windows).
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { durationInWords, wijkCounts } from '../../../src/dashboard/wijkCounts'
import { richText } from '../../../src/seed/richText'
import { createActor } from '../../helpers/actors'
import { startPayloadWorld } from '../../helpers/payload'
import type { World } from '../../helpers/world'

let payload: Payload
let world: World
/** Wednesday of ISO week 50 of 2025 (8 to 14 December). */
const NOW = new Date('2025-12-10T12:00:00.000Z')

beforeAll(async () => {
  ;({ payload, world } = await startPayloadWorld())
  const { writerA, partnerA, editorA } = world.users
  const at = (reviewNow: string) => ({ context: { reviewNow } })
  const asWriter = { user: writerA, overrideAccess: false }
  const asEditor = { user: editorA, overrideAccess: false }

  // A registration never confirmed is no account yet; another wijk's writer is not this wijk's.
  await createActor(payload, 'writer', [world.wijkA.id], { _verified: false })
  await createActor(payload, 'writer', [world.wijkB.id])

  // Week 49: an article submitted on Monday, published two days later (48 hours).
  const article = await payload.create({
    collection: 'articles',
    data: { tenant: world.wijkA.id, title: 'Geteld', lead: 'L.', body: richText(['T.']), authorName: 'A', editorialStatus: 'submitted' } as never,
    ...asWriter,
    ...at('2025-12-01T10:00:00.000Z'),
  })
  await payload.update({ collection: 'articles', id: article.id, data: { editorialStatus: 'published' }, ...asEditor, ...at('2025-12-03T10:00:00.000Z') })

  // Week 49: sent back after 3 hours; submitted again in week 50 and still waiting.
  const second = await payload.create({
    collection: 'articles',
    data: { tenant: world.wijkA.id, title: 'Nog eens', lead: 'L.', body: richText(['T.']), authorName: 'A', editorialStatus: 'submitted' } as never,
    ...asWriter,
    ...at('2025-12-02T09:00:00.000Z'),
  })
  await payload.update({
    collection: 'articles',
    id: second.id,
    data: { editorialStatus: 'changes-requested', editorComment: 'Korter.' },
    ...asEditor,
    ...at('2025-12-02T12:00:00.000Z'),
  })
  await payload.update({
    collection: 'articles',
    id: second.id,
    data: { editorialStatus: 'submitted' },
    draft: true,
    ...asWriter,
    ...at('2025-12-09T08:00:00.000Z'),
  })

  // Week 49 (Sunday 7 December): a post rejected after 6 hours.
  const post = await payload.create({
    collection: 'posts',
    data: { tenant: world.wijkA.id, kind: 'vraag', title: 'Geteld bericht', body: 'B.', authorName: 'A', editorialStatus: 'submitted' } as never,
    ...asWriter,
    ...at('2025-12-07T09:00:00.000Z'),
  })
  await payload.update({
    collection: 'posts',
    id: post.id,
    data: { editorialStatus: 'rejected', rejectionReason: 'Nee.' },
    ...asEditor,
    ...at('2025-12-07T15:00:00.000Z'),
  })

  // Week 48: a partner's activity, published a day later (24 hours).
  const event = await payload.create({
    collection: 'events',
    data: {
      tenant: world.wijkA.id,
      title: 'Geteld',
      summary: 'S.',
      category: 'ontmoeting',
      organisation: world.orgA1.id,
      startsAt: '2026-01-10T18:00:00.000Z',
    } as never,
    user: partnerA,
    overrideAccess: false,
    context: { submitForReview: true, reviewNow: '2025-11-24T10:00:00.000Z' },
  })
  await payload.update({ collection: 'events', id: event.id, data: { _status: 'published' }, ...asEditor, ...at('2025-11-25T10:00:00.000Z') })

  // Week 50: an organisation's change, still waiting.
  await payload.update({
    collection: 'organisations',
    id: world.orgA1.id,
    data: { summary: 'Nieuw.' },
    user: partnerA,
    overrideAccess: false,
    context: { submitForReview: true, reviewNow: '2025-12-08T10:00:00.000Z' },
  })

  // The redactie's own activity, published without review: not counted as submitted or published.
  await payload.create({
    collection: 'events',
    data: {
      tenant: world.wijkA.id,
      title: 'Eigen',
      summary: 'S.',
      category: 'ontmoeting',
      startsAt: '2026-01-11T18:00:00.000Z',
      _status: 'published',
    } as never,
    ...asEditor,
    ...at('2025-12-02T10:00:00.000Z'),
  })

  // Aanvragen in October, November (2) and December; and one in wijk B.
  for (const [tenant, createdAt] of [
    [world.wijkA.id, '2025-10-15T10:00:00.000Z'],
    [world.wijkA.id, '2025-11-01T00:30:00.000Z'], // still 1 November in Amsterdam
    [world.wijkA.id, '2025-11-30T23:30:00.000Z'], // already 1 December in Amsterdam (UTC+1)
    [world.wijkA.id, '2025-12-09T10:00:00.000Z'],
    [world.wijkB.id, '2025-12-09T10:00:00.000Z'],
  ] as const) {
    await payload.create({
      collection: 'requests',
      data: { tenant, kind: 'idea', name: 'Fatima', email: 'f@example.nl', createdAt } as never,
      overrideAccess: true,
    })
  }
})
afterAll(async () => {
  await payload.destroy()
})

describe('wijkCounts', () => {
  it('accounts against the goals: confirmed residents and partners of this wijk', async () => {
    const counts = await wijkCounts(payload, world.wijkA.id, NOW)
    expect(counts.accounts).toEqual({ residents: 2, residentTarget: 50, partners: 1, partnerTarget: 15 })
  })

  it('per week: what was submitted and what of it was published; prikbord reactions once they exist', async () => {
    const counts = await wijkCounts(payload, world.wijkA.id, NOW)
    expect(counts.weeks.map(({ key, submitted, published }) => [key, submitted, published])).toEqual([
      ['2025-W47', 0, 0],
      ['2025-W48', 1, 1],
      ['2025-W49', 3, 1],
      ['2025-W50', 2, 0],
    ])
    expect(counts.weeks[3]!.label).toBe('week 50 (8 dec)')
    expect(counts.reactionsCounted).toBe(Boolean(payload.collections['post-reactions' as 'posts']))
    // Wijk B had nothing submitted.
    expect((await wijkCounts(payload, world.wijkB.id, NOW)).weeks.every((week) => week.submitted === 0 && week.published === 0)).toBe(true)
  })

  it('aanvragen per Amsterdam month', async () => {
    const counts = await wijkCounts(payload, world.wijkA.id, NOW)
    expect(counts.months.map(({ key, requests }) => [key, requests])).toEqual([
      ['2025-07', 0],
      ['2025-08', 0],
      ['2025-09', 0],
      ['2025-10', 1],
      ['2025-11', 1],
      ['2025-12', 2],
    ])
    expect(counts.months[5]!.label).toBe('december 2025')
  })

  it('the median time from submitted to decided (3, 6, 24 and 48 hours: 15 hours)', async () => {
    const counts = await wijkCounts(payload, world.wijkA.id, NOW)
    expect(counts.medianWait).toEqual({ hours: 15, decisions: 4 })
    expect(durationInWords(15)).toBe('15 uur')
    expect(durationInWords(60)).toBe('2,5 dagen')
    // Before any decision: none.
    expect((await wijkCounts(payload, world.wijkA.id, new Date('2025-11-20T00:00:00.000Z'))).medianWait).toBeNull()
  })
})
