import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Event } from '../../../src/payload-types'
import { type Actor, createActor, outcome } from '../../helpers/actors'
import { startPayloadWorld } from '../../helpers/payload'
import { restApi } from '../../helpers/restApi'
import type { World } from '../../helpers/world'

/**
 * "Ik organiseer iets": a resident (role writer) proposes an activity as an event draft in their own
 * wijk. The Events collection's access rules, through the Local API as each person and through
 * Payload's real REST handler.
 */
let payload: Payload
let world: World
let rest: ReturnType<typeof restApi>
let writerB: Actor

beforeAll(async () => {
  ;({ payload, world } = await startPayloadWorld())
  rest = restApi(payload)
  writerB = await createActor(payload, 'writer', [world.wijkB.id])
})
afterAll(async () => payload.destroy())

const as = (user: Actor) => ({ user, overrideAccess: false as const })
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString()
const proposal = (extra: Record<string, unknown> = {}) => ({
  tenant: world.wijkA.id,
  title: `Samen breien ${Math.random().toString(36).slice(2, 7)}`,
  summary: 'Breien en thee in de hal.',
  category: 'ontmoeting',
  startsAt: tomorrow(),
  place: { name: 'Hal van flat Bospolder' },
  ...extra,
})
const propose = (user: Actor = world.users.writerA, extra: Record<string, unknown> = {}) =>
  payload.create({ collection: 'events', data: proposal(extra) as never, draft: true, ...as(user) })
const stored = (id: number) => payload.findByID({ collection: 'events', id, draft: true, depth: 0, overrideAccess: true })
const countTitled = async (title: string) =>
  (await payload.count({ collection: 'events', where: { title: { equals: title } }, overrideAccess: true })).totalDocs +
  (await payload.find({ collection: 'events', where: { title: { equals: title } }, draft: true, overrideAccess: true })).totalDocs

describe('a resident proposes an activity', () => {
  it('is stored as a draft in their wijk, proposed by them, whatever proposer the request names', async () => {
    const event = await propose(world.users.writerA, { proposedBy: world.users.otherWriterA.id })
    const saved = await stored(event.id)
    expect(saved).toMatchObject({ _status: 'draft', tenant: world.wijkA.id, proposedBy: world.users.writerA.id })
  })

  it('cannot publish it: not at creation, not later, not through REST', async () => {
    const title = `Publiceer ${Date.now()}`
    const publish = () => payload.create({ collection: 'events', data: proposal({ title, _status: 'published' }) as never, ...as(world.users.writerA) })
    expect(await outcome(publish)).toBe('denied')
    expect(await countTitled(title)).toBe(0)

    const event = await propose()
    const update = () => payload.update({ collection: 'events', id: event.id, data: { _status: 'published' } as never, ...as(world.users.writerA) })
    expect(await outcome(update)).toBe('denied')

    const email = world.users.writerA.email
    const created = await rest('POST', '/events', { as: email, json: { ...proposal({ title }), _status: 'published' } })
    expect(created.status).toBe(403)
    expect(await countTitled(title)).toBe(0)
    const patched = await rest('PATCH', `/events/${event.id}`, { as: email, json: { _status: 'published' } })
    expect(patched.status).toBe(403)
    // A save without a status (the draft query flag off) still only makes a draft.
    const plain = await rest('PATCH', `/events/${event.id}?draft=false`, { as: email, json: { summary: 'Toch live?' } })
    expect(plain.status).toBe(200)
    const after = await stored(event.id)
    expect(after._status).toBe('draft')
    const published = await payload.find({ collection: 'events', where: { id: { equals: event.id } }, overrideAccess: true, draft: false })
    expect(published.docs.every((doc) => doc._status !== 'published')).toBe(true)
  })

  it('may not propose it for an organisation (that is the partner’s) or in another wijk', async () => {
    const title = `Namens ${Date.now()}`
    expect(await outcome(() => propose(world.users.writerA, { title, organisation: world.orgA1.id }))).toBe('denied')
    const foreign = await rest('POST', '/events', { as: world.users.writerA.email, json: proposal({ title, tenant: world.wijkB.id }) })
    expect(foreign.status).toBeGreaterThanOrEqual(400)
    expect(foreign.status).toBeLessThan(500)
    expect(await countTitled(title)).toBe(0)

    const event = await propose()
    const move = () => payload.update({ collection: 'events', id: event.id, data: { organisation: world.orgA1.id } as never, ...as(world.users.writerA) })
    expect(await outcome(move)).toBe('denied')
    expect((await stored(event.id)).organisation ?? null).toBeNull()
  })

  it('changes and withdraws their own proposal, and cannot change who proposed it', async () => {
    const event = await propose()
    await payload.update({
      collection: 'events',
      id: event.id,
      data: { summary: 'Nu met koekjes.', proposedBy: world.users.otherWriterA.id } as never,
      draft: true,
      ...as(world.users.writerA),
    })
    expect(await stored(event.id)).toMatchObject({ summary: 'Nu met koekjes.', proposedBy: world.users.writerA.id })
    await payload.delete({ collection: 'events', id: event.id, ...as(world.users.writerA) })
    expect(await outcome(() => stored(event.id))).toBe('denied')
  })

  it('cannot withdraw it once the redactie published it, and the redactie keeps seeing who proposed it', async () => {
    const event = await propose()
    await payload.update({ collection: 'events', id: event.id, data: { _status: 'published' } as never, ...as(world.users.editorA) })
    expect(await outcome(() => payload.delete({ collection: 'events', id: event.id, ...as(world.users.writerA) }))).toBe('denied')
    const seen = await payload.findByID({ collection: 'events', id: event.id, depth: 1, ...as(world.users.editorA) })
    expect(seen).toMatchObject({ _status: 'published', proposedBy: { id: world.users.writerA.id, email: world.users.writerA.email } })
    // A change afterwards is a draft for the redactie again; the site keeps the published text.
    await payload.update({ collection: 'events', id: event.id, data: { summary: 'Gewijzigd.' }, draft: true, ...as(world.users.writerA) })
    const live = await payload.findByID({ collection: 'events', id: event.id, overrideAccess: true, draft: false })
    expect(live.summary).toBe(event.summary)
  })
})

describe('nobody else sees or changes a resident’s proposal', () => {
  let theirs: Event
  beforeAll(async () => {
    theirs = await propose(world.users.otherWriterA)
  })
  const readers = () => [world.users.writerA, world.users.partnerA, writerB]

  it('another resident, a partner or a resident of wijk B cannot read, list, change or delete it', async () => {
    for (const user of readers()) {
      expect(await outcome(() => payload.findByID({ collection: 'events', id: theirs.id, draft: true, ...as(user) }))).toBe('denied')
      const listed = await payload.find({ collection: 'events', draft: true, pagination: false, ...as(user) })
      expect(listed.docs.map((d) => d.id)).not.toContain(theirs.id)
      expect(await outcome(() => payload.update({ collection: 'events', id: theirs.id, data: { title: 'Overgenomen' }, ...as(user) }))).toBe('denied')
      expect(await outcome(() => payload.delete({ collection: 'events', id: theirs.id, ...as(user) }))).toBe('denied')
    }
    expect((await stored(theirs.id)).title).toBe(theirs.title)
  })

  it('through REST as another resident: 404/403, nothing changed', async () => {
    const email = world.users.writerA.email
    expect((await rest('GET', `/events/${theirs.id}?draft=true`, { as: email })).status).toBe(404)
    expect([403, 404]).toContain((await rest('PATCH', `/events/${theirs.id}`, { as: email, json: { title: 'Weg' } })).status)
    expect([403, 404]).toContain((await rest('DELETE', `/events/${theirs.id}`, { as: email })).status)
    expect((await stored(theirs.id)).title).toBe(theirs.title)
  })

  it('the redactie of the wijk sees it; the redactie of wijk B does not', async () => {
    expect((await payload.findByID({ collection: 'events', id: theirs.id, draft: true, ...as(world.users.editorA) })).id).toBe(theirs.id)
    expect(await outcome(() => payload.findByID({ collection: 'events', id: theirs.id, draft: true, ...as(world.users.editorB) }))).toBe('denied')
  })
})

describe('a partner: only its own organisation’s events (today’s rule)', () => {
  it('creates drafts for its own organisation only and reads its own drafts', async () => {
    const own = await payload.create({
      collection: 'events',
      data: proposal({ organisation: world.orgA1.id }) as never,
      draft: true,
      ...as(world.users.partnerA),
    })
    expect(await stored(own.id)).toMatchObject({ _status: 'draft', organisation: world.orgA1.id, proposedBy: null })
    expect((await payload.findByID({ collection: 'events', id: own.id, draft: true, ...as(world.users.partnerA) })).id).toBe(own.id)
    // Another resident's proposal is not a partner's draft to see.
    expect(await outcome(() => payload.findByID({ collection: 'events', id: own.id, draft: true, ...as(world.users.writerA) }))).toBe('denied')

    const title = `Ander ${Date.now()}`
    const other = () => payload.create({ collection: 'events', data: proposal({ title, organisation: world.orgA2.id }) as never, ...as(world.users.partnerA) })
    expect(await outcome(other)).toBe('denied')
    const none = () => payload.create({ collection: 'events', data: proposal({ title }) as never, ...as(world.users.partnerA) })
    expect(await outcome(none)).toBe('denied')
    expect(await countTitled(title)).toBe(0)
  })

  it('a draft of another organisation is invisible to the partner', async () => {
    const draft = await payload.create({ collection: 'events', data: proposal({ organisation: world.orgA2.id }) as never, draft: true, overrideAccess: true })
    expect(await outcome(() => payload.findByID({ collection: 'events', id: draft.id, draft: true, ...as(world.users.partnerA) }))).toBe('denied')
    // Published events of others stay readable, as before.
    expect((await payload.findByID({ collection: 'events', id: world.eventA2.id, ...as(world.users.partnerA) })).id).toBe(world.eventA2.id)
  })
})
