import { createServer } from 'node:net'

import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import type { Organisation } from '../../src/payload-types'
import { type Actor, createActor } from '../helpers/actors'
import { type FakePdok, startFakePdok } from '../helpers/fakePdok'
import { startPayload } from '../helpers/payload'

/**
 * Geocoding on save: the real Payload Local API and our real HTTP client against a fake PDOK
 * Locatieserver on loopback, which records every query.
 */
let payload: Payload
let pdok: FakePdok
let editor: Actor
let wijkId: number

const TIMEOUT_MS = 400
const KOOKPOT = { street: 'Schiedamseweg', houseNumber: '12', postcode: '3026 AB', city: 'Rotterdam' }
const KOOKPOT_POINT: [number, number] = [4.4486, 51.9125]
const MOVED = { street: 'Mathenesserlaan', houseNumber: '200', postcode: '3014 HH', city: 'Rotterdam' }
const MOVED_POINT: [number, number] = [4.4621, 51.9137]

beforeAll(async () => {
  pdok = await startFakePdok()
  process.env.PDOK_LOCATIESERVER_URL = pdok.url
  process.env.PDOK_TIMEOUT_MS = String(TIMEOUT_MS)
  payload = await startPayload()
  const wijk = await payload.create({
    collection: 'wijken',
    data: { name: 'Delfshaven', slug: 'delfshaven', domain: 'delfshaven.localhost' },
    overrideAccess: true,
  })
  wijkId = wijk.id
  editor = await createActor(payload, 'editor', [wijkId])
})
afterAll(async () => {
  await payload?.destroy()
  await pdok?.stop()
})
beforeEach(() => {
  pdok.queries.length = 0
  process.env.PDOK_LOCATIESERVER_URL = pdok.url
  // Answers like PDOK for the two known addresses, nothing for any other.
  pdok.answerWith((q) => (q.includes('Schiedamseweg 12') ? { point: KOOKPOT_POINT } : q.includes('Mathenesserlaan 200') ? { point: MOVED_POINT } : 'no-docs'))
})

const asEditor = () => ({ user: editor, overrideAccess: false })
const organisation = (data: Partial<Organisation>) =>
  payload.create({
    collection: 'organisations',
    data: { tenant: wijkId, name: `Buurthuis ${Math.random().toString(36).slice(2, 7)}`, summary: 'Een buurthuis.', _status: 'published', ...data } as never,
    ...asEditor(),
  })
const stored = (id: number) => payload.findByID({ collection: 'organisations', id, overrideAccess: true })

describe('organisations', () => {
  it('an address without coordinates is geocoded: the query holds the address, the point is stored', async () => {
    const created = await organisation({ address: KOOKPOT })
    expect(pdok.queries).toEqual([{ path: '/free', q: 'Schiedamseweg 12, 3026 AB Rotterdam', rows: '1', fq: 'type:adres' }])
    expect(created.geo).toEqual(KOOKPOT_POINT)
    expect((await stored(created.id)).geo).toEqual(KOOKPOT_POINT)
  })

  it('coordinates the editor gives are kept, and PDOK is not asked', async () => {
    const own: [number, number] = [4.45, 51.91]
    const created = await organisation({ address: KOOKPOT, geo: own })
    expect(pdok.queries).toEqual([])
    expect((await stored(created.id)).geo).toEqual(own)
  })

  it('an incomplete address is not looked up', async () => {
    const created = await organisation({ address: { street: 'Schiedamseweg', houseNumber: '', postcode: '', city: '' } })
    expect(pdok.queries).toEqual([])
    expect((await stored(created.id)).geo ?? null).toBeNull()
  })

  it('a changed address is geocoded again; a save that leaves the address alone asks nothing', async () => {
    const created = await organisation({ address: KOOKPOT })
    pdok.queries.length = 0
    await payload.update({ collection: 'organisations', id: created.id, data: { summary: 'Nieuwe tekst.' }, ...asEditor() })
    expect(pdok.queries).toEqual([])
    await payload.update({ collection: 'organisations', id: created.id, data: { address: MOVED }, ...asEditor() })
    expect(pdok.queries.map((query) => query.q)).toEqual(['Mathenesserlaan 200, 3014 HH Rotterdam'])
    expect((await stored(created.id)).geo).toEqual(MOVED_POINT)
  })

  it("a changed address with coordinates changed in the same save keeps the editor's coordinates", async () => {
    const created = await organisation({ address: KOOKPOT })
    pdok.queries.length = 0
    const own: [number, number] = [4.47, 51.915]
    await payload.update({ collection: 'organisations', id: created.id, data: { address: MOVED, geo: own }, ...asEditor() })
    expect(pdok.queries).toEqual([])
    expect((await stored(created.id)).geo).toEqual(own)
  })

  it('a point outside the Netherlands is not stored', async () => {
    pdok.answerWith(() => ({ point: [2.35, 48.85] }))
    const created = await organisation({ address: KOOKPOT })
    expect(pdok.queries).toHaveLength(1)
    expect((await stored(created.id)).geo ?? null).toBeNull()
  })
})

describe('when PDOK fails, the document is still saved, without coordinates, and a warning is logged', () => {
  const failures = {
    'an HTTP 500': () => pdok.answerWith(() => ({ status: 500 })),
    'no answer before the timeout': () => pdok.answerWith(() => 'hang'),
    'no address found': () => pdok.answerWith(() => 'no-docs'),
    'a refused connection': async () => {
      process.env.PDOK_LOCATIESERVER_URL = `http://127.0.0.1:${await closedPort()}`
    },
  }

  it.each(Object.keys(failures) as (keyof typeof failures)[])('%s', async (failure) => {
    await failures[failure]()
    const warn = vi.spyOn(payload.logger, 'warn')
    try {
      const started = Date.now()
      const created = await organisation({ address: KOOKPOT })
      expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 3_000)
      const saved = await stored(created.id)
      expect(saved.name).toBe(created.name)
      expect(saved.geo ?? null).toBeNull()
      expect(warn).toHaveBeenCalledWith(expect.objectContaining({ msg: expect.stringContaining('Schiedamseweg 12, 3026 AB Rotterdam') }))
    } finally {
      warn.mockRestore()
    }
  })

  it('a failed lookup after an address change drops the old point, which belonged to the old address', async () => {
    const created = await organisation({ address: KOOKPOT })
    expect(created.geo).toEqual(KOOKPOT_POINT)
    pdok.answerWith(() => ({ status: 503 }))
    await payload.update({ collection: 'organisations', id: created.id, data: { address: MOVED }, ...asEditor() })
    const saved = await stored(created.id)
    expect(saved.address?.street).toBe(MOVED.street)
    expect(saved.geo ?? null).toBeNull()
  })
})

describe('event places', () => {
  const event = (place: Record<string, unknown>) =>
    payload.create({
      collection: 'events',
      data: {
        tenant: wijkId,
        title: `Buurtmaaltijd ${Math.random().toString(36).slice(2, 7)}`,
        summary: 'Samen eten.',
        category: 'buurtmaaltijd',
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        place,
        _status: 'published',
      } as never,
      ...asEditor(),
    })

  it("an event's own address is geocoded into its place", async () => {
    const created = await event({ name: 'Zaal van De Kookpot', address: KOOKPOT })
    expect(pdok.queries.map((query) => query.q)).toEqual(['Schiedamseweg 12, 3026 AB Rotterdam'])
    const saved = await payload.findByID({ collection: 'events', id: created.id, overrideAccess: true })
    expect(saved.place?.geo).toEqual(KOOKPOT_POINT)
    expect(saved.place?.name).toBe('Zaal van De Kookpot')
  })

  it('and geocoded again when the place moves', async () => {
    const created = await event({ name: 'Zaal', address: KOOKPOT })
    await payload.update({ collection: 'events', id: created.id, data: { place: { name: 'Zaal', address: MOVED } }, ...asEditor() })
    const saved = await payload.findByID({ collection: 'events', id: created.id, overrideAccess: true })
    expect(saved.place?.geo).toEqual(MOVED_POINT)
  })

  it('an event without a place asks nothing', async () => {
    await event({})
    expect(pdok.queries).toEqual([])
  })
})

describe('PDOK_LOCATIESERVER_URL=off', () => {
  it('never calls out and leaves coordinates empty', async () => {
    process.env.PDOK_LOCATIESERVER_URL = 'off'
    const created = await organisation({ address: KOOKPOT })
    expect(pdok.queries).toEqual([])
    expect((await stored(created.id)).geo ?? null).toBeNull()
  })
})

/** A loopback port nobody listens on. */
const closedPort = () =>
  new Promise<number>((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
