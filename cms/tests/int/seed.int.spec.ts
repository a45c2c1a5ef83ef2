import type { CollectionSlug, Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { currentWeekMonday } from '../../src/seed/anchor'
import { kanaleneiland } from '../../src/seed/content/secondWijk'
import { createDemoUsers } from '../../src/seed/demoUsers'
import { resetWijk } from '../../src/seed/resetWijk'
import { seedWijk } from '../../src/seed/seedWijk'
import { startPayload } from '../helpers/payload'

let payload: Payload
const quiet = () => undefined
const COLLECTIONS: CollectionSlug[] = ['wijken', 'themes', 'organisations', 'events', 'articles', 'posts', 'media', 'users']

const seedOnce = async () => {
  await resetWijk(payload, 'kanaleneiland')
  const seeded = await seedWijk(payload, kanaleneiland(currentWeekMonday()), quiet)
  await createDemoUsers(payload, seeded.wijkId, 'kanaleneiland', seeded.organisationIds.values().next().value as number)
  return seeded
}

const counts = async () =>
  Object.fromEntries(await Promise.all(COLLECTIONS.map(async (c) => [c, (await payload.count({ collection: c, overrideAccess: true })).totalDocs])))

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => payload.destroy())

describe('pnpm seed', () => {
  it('writes the generated wijk with its people, pictures and published content', async () => {
    const seeded = await seedOnce()
    expect(seeded.counts).toMatchObject({ organisations: 6, events: 4, articles: 2, posts: 2 })
    const { docs } = await payload.find({ collection: 'organisations', where: { tenant: { equals: seeded.wijkId } }, depth: 1, overrideAccess: true })
    expect(docs.every((o) => o._status === 'published' && o.contactPerson?.photo)).toBe(true)
  })

  it('replaces the wijk when run again instead of duplicating it', async () => {
    const before = await counts()
    await seedOnce()
    expect(await counts()).toEqual(before)
  })

  it('keeps other people’s accounts, only taking the removed wijk off them', async () => {
    const { docs } = await payload.find({ collection: 'wijken', where: { slug: { equals: 'kanaleneiland' } }, overrideAccess: true })
    const volunteer = await payload.create({
      collection: 'users',
      data: { name: 'Vrijwilliger', email: 'vrijwilliger@test.nl', password: 'lang-wachtwoord-1', role: 'writer', tenants: [{ tenant: docs[0]!.id }] },
      overrideAccess: true,
    })
    await seedOnce()
    const after = await payload.findByID({ collection: 'users', id: volunteer.id, overrideAccess: true })
    expect(after.tenants).toEqual([])
  })
})
