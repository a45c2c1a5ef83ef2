import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayloadWorld } from '../helpers/payload'
import type { World } from '../helpers/world'

let payload: Payload
let world: World

beforeAll(async () => ({ payload, world } = await startPayloadWorld()))
afterAll(async () => payload.destroy())

const asEditor = () => ({ user: world.users.editorA, overrideAccess: false })

/** The Dutch message Payload reports for one field, or null when the save went through. */
const messageFor = async (path: string, save: () => Promise<unknown>): Promise<string | null> => {
  try {
    await save()
    return null
  } catch (error) {
    const errors = (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors ?? []
    const hit = errors.find((e) => e.path === path)
    if (!hit) throw error
    return hit.message
  }
}

const organisation = (data: Record<string, unknown>) => () =>
  payload.create({
    collection: 'organisations',
    data: { tenant: world.wijkA.id, name: `Org ${Math.random()}`, summary: 'Een organisatie.', ...data } as never,
    ...asEditor(),
  })

const event = (data: Record<string, unknown>) => () =>
  payload.create({
    collection: 'events',
    data: {
      tenant: world.wijkA.id,
      title: `Activiteit ${Math.random()}`,
      summary: 'x',
      category: 'ontmoeting',
      startsAt: '2026-12-01T17:00:00.000Z',
      ...data,
    } as never,
    ...asEditor(),
  })

describe('events', () => {
  it('must end after they start', async () => {
    expect(await messageFor('endsAt', event({ endsAt: '2026-12-01T16:00:00.000Z' }))).toBe('De eindtijd moet na de begintijd liggen.')
    expect(await messageFor('endsAt', event({ endsAt: '2026-12-01T19:00:00.000Z' }))).toBeNull()
  })

  it('get a two-hour end when none is given', async () => {
    const created = await event({})()
    expect(created.endsAt).toBe('2026-12-01T19:00:00.000Z')
  })

  it('reject an invalid recurrence rule with an example', async () => {
    const message = await messageFor('recurrence.rule', event({ recurrence: { rule: 'BYDAY=TU' } }))
    expect(message).toMatch(/FREQ/)
    expect(await messageFor('recurrence.rule', event({ recurrence: { rule: 'FREQ=WEEKLY;BYDAY=TU' } }))).toBeNull()
  })

  it("cannot take the web address of one of the agenda's own pages", async () => {
    expect(await messageFor('slug', event({ slug: 'print' }))).toMatch(/"print" is al van een pagina van de site zelf/)
    // Also when the slug would be made from the title.
    expect(await messageFor('slug', event({ title: 'Maand' }))).toMatch(/"maand" is al van een pagina/)
    expect(((await event({ title: 'Maand van de buurt' })()) as { slug: string }).slug).toBe('maand-van-de-buurt')
  })

  it('reject an online link that is not a web address', async () => {
    expect(await messageFor('onlineUrl', event({ onlineUrl: 'javascript:alert(1)' }))).toMatch(/https:\/\//)
  })
})

describe('organisations', () => {
  it('need a Dutch postcode and normalise it', async () => {
    expect(await messageFor('address.postcode', organisation({ address: { street: 'Schiedamseweg', postcode: '0123 AB' } }))).toMatch(/3024 AB/)
    expect(await messageFor('address.postcode', organisation({ address: { street: 'Schiedamseweg', postcode: '3024 SS' } }))).toMatch(/postcode/)
    const ok = await organisation({ address: { street: 'Schiedamseweg', postcode: '3024ab' } })()
    expect(ok.address?.postcode).toBe('3024 AB')
  })

  it('must lie inside the Netherlands on the map', async () => {
    expect(await messageFor('geo', organisation({ geo: [-0.12, 51.5] }))).toMatch(/Nederland/)
    expect(await messageFor('geo', organisation({ geo: [4.44, 51.91] }))).toBeNull()
  })

  it('need a valid e-mail address, website and phone number', async () => {
    expect(await messageFor('contact.email', organisation({ contact: { email: 'niet-een-adres' } }))).not.toBeNull()
    expect(await messageFor('contact.website', organisation({ contact: { website: 'www zonder schema' } }))).toMatch(/https/)
    expect(await messageFor('contact.phone', organisation({ contact: { phone: '12' } }))).toMatch(/010-1234567/)
  })

  it('have a slug that is unique within the wijk but may repeat in another wijk', async () => {
    const first = await organisation({ name: 'Repair Café' })()
    expect(first.slug).toBe('repair-cafe')
    expect(await messageFor('slug', organisation({ name: 'Repair Café' }))).toMatch(/al in gebruik/)
    const elsewhere = await payload.create({
      collection: 'organisations',
      data: { tenant: world.wijkB.id, name: 'Repair Café', summary: 'x' } as never,
      overrideAccess: true,
    })
    expect(elsewhere.slug).toBe('repair-cafe')
  })

  it('may keep their own slug when they are saved again', async () => {
    const org = await organisation({ name: 'Wijkteam West' })()
    const again = await payload.update({ collection: 'organisations', id: org.id, data: { summary: 'Nieuw.' }, ...asEditor() })
    expect(again.slug).toBe('wijkteam-west')
  })
})

describe('media', () => {
  it('requires alt text', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
    const upload = (alt?: string) => () =>
      payload.create({
        collection: 'media',
        data: { tenant: world.wijkA.id, ...(alt ? { alt } : {}) } as never,
        file: { data: png, mimetype: 'image/png', name: 'pixel.png', size: png.length },
        ...asEditor(),
      })
    expect(await messageFor('alt', upload())).not.toBeNull()
    const ok = await upload('Een stip')()
    expect(ok.alt).toBe('Een stip')
  })
})

describe('wijken', () => {
  it('need a bare domain and hex colours', async () => {
    const wijk = (data: Record<string, unknown>) => () =>
      payload.create({ collection: 'wijken', data: { name: 'Test', slug: `t${Date.now()}`, domain: 'test.localhost', ...data } as never, overrideAccess: true })
    expect(await messageFor('domain', wijk({ domain: 'https://test.nl/' }))).toMatch(/zonder https/)
    expect(await messageFor('colors.primary', wijk({ domain: 'kleur.localhost', colors: { primary: 'rood' } }))).toMatch(/#B5472F/)
  })
})
