/**
 * The review fields: when something was handed to the redactie and when it decided, set by hooks
 * only (the contract every part of Mijn buurt relies on), whatever a client sends.
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../../../src/seed/richText'
import { startPayloadWorld } from '../../helpers/payload'
import type { World } from '../../helpers/world'

let payload: Payload
let world: World

beforeAll(async () => {
  ;({ payload, world } = await startPayloadWorld())
})
afterAll(async () => {
  await payload.destroy()
})

const as = (user: World['users'][keyof World['users']], reviewNow?: string) => ({
  user,
  overrideAccess: false,
  ...(reviewNow ? { context: { reviewNow } } : {}),
})

describe('articles and posts', () => {
  it('submitting sets submittedAt; the decision sets decidedAt and keeps submittedAt', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: { tenant: world.wijkA.id, title: 'Velden', lead: 'L.', body: richText(['T.']), authorName: 'Anouk' } as never,
      ...as(world.users.writerA),
    })
    expect(draft.submittedAt ?? null).toBeNull()
    const submitted = await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { editorialStatus: 'submitted' },
      draft: true,
      ...as(world.users.writerA, '2026-12-01T09:00:00.000Z'),
    })
    expect(submitted.submittedAt).toBe('2026-12-01T09:00:00.000Z')
    expect(submitted.decidedAt ?? null).toBeNull()

    const decided = await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { editorialStatus: 'changes-requested', editorComment: 'Korter graag.' },
      ...as(world.users.editorA, '2026-12-02T10:00:00.000Z'),
    })
    expect(decided.decidedAt).toBe('2026-12-02T10:00:00.000Z')
    expect(decided.submittedAt).toBe('2026-12-01T09:00:00.000Z')

    // Submitted again: a new submittedAt, the earlier decision cleared.
    const again = await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { editorialStatus: 'submitted' },
      draft: true,
      ...as(world.users.writerA, '2026-12-03T08:00:00.000Z'),
    })
    expect(again.submittedAt).toBe('2026-12-03T08:00:00.000Z')
    expect(again.decidedAt ?? null).toBeNull()
  })

  it('a writer cannot set or change the fields', async () => {
    const post = await payload.create({
      collection: 'posts',
      data: {
        tenant: world.wijkA.id,
        kind: 'vraag',
        title: 'Zelf gezet',
        body: 'B.',
        authorName: 'A',
        editorialStatus: 'submitted',
        submittedAt: '2000-01-01T00:00:00.000Z',
        decidedAt: '2000-01-02T00:00:00.000Z',
      } as never,
      ...as(world.users.writerA, '2026-12-04T12:00:00.000Z'),
    })
    expect(post.submittedAt).toBe('2026-12-04T12:00:00.000Z')
    expect(post.decidedAt ?? null).toBeNull()
    const edited = await payload.update({
      collection: 'posts',
      id: post.id,
      data: { body: 'Nieuw.', submittedAt: '2001-01-01T00:00:00.000Z', decidedAt: '2001-01-01T00:00:00.000Z' } as never,
      ...as(world.users.writerA),
    })
    expect(edited.submittedAt).toBe('2026-12-04T12:00:00.000Z')
    expect(edited.decidedAt ?? null).toBeNull()
  })
})

describe('events and organisations (drafts)', () => {
  it('a partner’s save with submitForReview sets submittedAt and submittedBy; the editor’s publish sets decidedAt and clears submittedAt', async () => {
    const event = await payload.create({
      collection: 'events',
      data: {
        tenant: world.wijkA.id,
        title: 'Voorstel',
        summary: 'S.',
        category: 'ontmoeting',
        organisation: world.orgA1.id,
        startsAt: '2027-01-10T18:00:00.000Z',
      } as never,
      ...as(world.users.partnerA),
    })
    expect(event.submittedAt ?? null).toBeNull()

    const submitted = await payload.update({
      collection: 'events',
      id: event.id,
      data: { summary: 'Klaar.' },
      user: world.users.partnerA,
      overrideAccess: false,
      context: { submitForReview: true, reviewNow: '2026-12-05T10:00:00.000Z' },
      depth: 0,
    })
    expect(submitted.submittedAt).toBe('2026-12-05T10:00:00.000Z')
    expect(submitted.submittedBy).toBe(world.users.partnerA.id)
    expect(submitted._status).toBe('draft')

    // A later edit without the context keeps its place in the queue.
    const edited = await payload.update({ collection: 'events', id: event.id, data: { summary: 'Nog beter.' }, ...as(world.users.partnerA) })
    expect(edited.submittedAt).toBe('2026-12-05T10:00:00.000Z')

    // An editor passing submitForReview does not submit (only non-editors ask for review).
    const byEditor = await payload.update({
      collection: 'events',
      id: event.id,
      data: { summary: 'Redactie.' },
      draft: true,
      user: world.users.editorA,
      overrideAccess: false,
      context: { submitForReview: true, reviewNow: '2026-12-05T11:00:00.000Z' },
    })
    expect(byEditor.submittedAt).toBe('2026-12-05T10:00:00.000Z')

    const published = await payload.update({
      collection: 'events',
      id: event.id,
      data: { _status: 'published' },
      ...as(world.users.editorA, '2026-12-06T09:30:00.000Z'),
    })
    expect(published.decidedAt).toBe('2026-12-06T09:30:00.000Z')
    expect(published.submittedAt ?? null).toBeNull()
  })

  it('a partner cannot set the fields itself, and a save without the context submits nothing', async () => {
    const updated = await payload.update({
      collection: 'organisations',
      id: world.orgA1.id,
      data: { summary: 'Nieuw.', submittedAt: '2000-01-01T00:00:00.000Z', submittedBy: world.users.editorA.id } as never,
      ...as(world.users.partnerA),
    })
    expect(updated.submittedAt ?? null).toBeNull()
    expect(updated.submittedBy ?? null).toBeNull()
  })
})
