import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { withdrawActivityRoute } from '../../../src/mijn/activities/activityRoutes'
import { saveActivity } from '../../../src/mijn/activities/saveActivity'
import { mayWithdrawActivity } from '../../../src/mijn/activities/withdrawActivity'
import type { MijnActor } from '../../../src/mijn/activities/mijnActor'
import { findOwnOrganisation, saveOrganisation } from '../../../src/mijn/organisation/saveOrganisation'
import type { User, Wijken } from '../../../src/payload-types'
import { type Actor, createActor } from '../../helpers/actors'
import { TEST_PASSWORD } from '../../helpers/restApi'
import { startPayloadWorld } from '../../helpers/payload'
import type { World } from '../../helpers/world'

/** The Mijn buurt activity and organisation forms' domain layer, on real Payload, as each person. */
let payload: Payload
let world: World
let writerB: Actor

beforeAll(async () => {
  ;({ payload, world } = await startPayloadWorld())
  writerB = await createActor(payload, 'writer', [world.wijkB.id])
})
afterAll(async () => payload.destroy())

const actor = (user: User, wijk: Wijken = world.wijkA): MijnActor => ({ payload, user, wijk })
const form = (fields: Record<string, string>) => ({ fields })
const HOSTILE_STRINGS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE events; --",
  '{"$gt": ""}',
  'a\u0000b',
  '\uD800',
  '${7*7}{{7*7}}',
  ' ',
]
const NOW = new Date('2027-01-10T10:00:00Z')
const weekly = (extra: Record<string, string> = {}) =>
  form({
    title: 'Samen koken op dinsdag',
    category: 'buurtmaaltijd',
    summary: 'We koken en eten samen, iedereen is welkom.',
    description: 'Neem een bord mee.\n\nWe beginnen om zes uur.',
    date: '12-01-2027',
    startTime: '18:00',
    endTime: '20:30',
    repeat: 'weekly',
    placeName: 'Buurthuis De Kabel',
    street: 'Schiedamseweg',
    houseNumber: '63a',
    postcode: '3025da',
    city: 'Rotterdam',
    howToJoin: 'Meld je aan bij Fatima, 06 12345678.',
    actie: 'indienen',
    ...extra,
  })
const storedEvent = (id: number) => payload.findByID({ collection: 'events', id, draft: true, depth: 0, overrideAccess: true })
const eventCount = async () => (await payload.find({ collection: 'events', draft: true, overrideAccess: true, limit: 0 })).totalDocs

describe('ik organiseer iets', () => {
  it('a resident proposes a weekly activity: an event draft with their name on it, in Amsterdam time', async () => {
    const result = await saveActivity(actor(world.users.writerA), { ...weekly(), now: NOW })
    expect(result).toMatchObject({ ok: true, intent: 'indienen' })
    const event = await storedEvent((result as { id: number }).id)
    expect(event).toMatchObject({
      _status: 'draft',
      tenant: world.wijkA.id,
      proposedBy: world.users.writerA.id,
      organisation: null,
      title: 'Samen koken op dinsdag',
      category: 'buurtmaaltijd',
      startsAt: '2027-01-12T17:00:00.000Z',
      endsAt: '2027-01-12T19:30:00.000Z',
      recurrence: { rule: 'FREQ=WEEKLY;BYDAY=TU' },
      place: { name: 'Buurthuis De Kabel', address: { street: 'Schiedamseweg', houseNumber: '63a', postcode: '3025 DA', city: 'Rotterdam' } },
      howToJoin: 'Meld je aan bij Fatima, 06 12345678.',
    })
    expect(event.description?.root.children).toHaveLength(2)
  })

  it('bad input stores nothing and gives back what was typed with a Dutch message per field', async () => {
    const before = await eventCount()
    const result = await saveActivity(actor(world.users.writerA), {
      ...weekly({
        title: '',
        date: '31-02-2027',
        startTime: '25:00',
        endTime: '17:00',
        postcode: 'XYZ',
        repeat: 'daily',
        summary: 'Mijn zin blijft staan.',
      }),
      now: NOW,
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.status).toBe(400)
    expect(Object.keys(result.errors)).toEqual(expect.arrayContaining(['title', 'date', 'startTime', 'postcode', 'repeat']))
    expect(result.errors.title).toMatch(/Vul in wat je organiseert/)
    expect(result.values.summary).toBe('Mijn zin blijft staan.')
    expect(await eventCount()).toBe(before)
  })

  it('a value no button sends, or a field sent as anything but text, is refused and stores nothing', async () => {
    const before = await eventCount()
    expect(await saveActivity(actor(world.users.writerA), { ...weekly({ actie: 'publiceren' }), now: NOW })).toMatchObject({ ok: false, status: 400 })
    const { fields } = weekly({ actie: 'concept' })
    const typed = await saveActivity(actor(world.users.writerA), { fields: { ...fields, description: ['a', 'b'], howToJoin: { $gt: '' } }, now: NOW })
    expect(typed).toMatchObject({
      ok: false,
      status: 400,
      errors: { description: 'Dit veld is niet goed ingevuld.', howToJoin: 'Dit veld is niet goed ingevuld.' },
    })
    expect(await eventCount()).toBe(before)
  })

  it('a resident must say where; a date in the past is refused for a new proposal', async () => {
    const result = await saveActivity(actor(world.users.writerA), {
      ...weekly({ placeName: '', street: '', houseNumber: '', postcode: '', city: '', date: '2027-01-09' }),
      now: NOW,
    })
    expect(result).toMatchObject({ ok: false, status: 400, errors: { placeName: expect.stringMatching(/waar/), date: 'Kies een datum vanaf vandaag.' } })
  })

  it('a concept keeps what is typed so far, even without a date; Indienen then asks for the rest', async () => {
    const concept = await saveActivity(actor(world.users.writerA), { fields: { title: 'Repair café', actie: 'concept' }, now: NOW })
    expect(concept).toMatchObject({ ok: true, intent: 'concept' })
    const id = (concept as { id: number }).id
    expect(await storedEvent(id)).toMatchObject({ _status: 'draft', title: 'Repair café', proposedBy: world.users.writerA.id })
    const submit = await saveActivity(actor(world.users.writerA), { id, fields: { title: 'Repair café', actie: 'indienen' }, now: NOW })
    expect(submit).toMatchObject({ ok: false, status: 400, id, values: { title: 'Repair café' } })
    expect(Object.keys((submit as { errors: object }).errors)).toEqual(expect.arrayContaining(['category', 'summary', 'date', 'startTime']))
  })

  it('hostile text is stored as text or refused, never more', async () => {
    for (const hostile of HOSTILE_STRINGS.slice(0, 8)) {
      const result = await saveActivity(actor(world.users.writerA), { ...weekly({ title: hostile.slice(0, 120) || 'x', actie: 'concept' }), now: NOW })
      if (result.ok) expect((await storedEvent(result.id)).title ?? '').toBe(hostile.slice(0, 120).replace('\u0000', '').replace('\uD800', '\uFFFD').trim())
      else expect(result.status).toBe(400)
    }
  })

  it('changes their own proposal; another resident, a partner or a resident of wijk B gets 404 and nothing changes', async () => {
    const created = await saveActivity(actor(world.users.writerA), { ...weekly({ actie: 'concept' }), now: NOW })
    const id = (created as { id: number }).id
    const changed = await saveActivity(actor(world.users.writerA), { id, ...weekly({ summary: 'Nu ook met toetje.', repeat: 'once' }), now: NOW })
    expect(changed.ok).toBe(true)
    expect(await storedEvent(id)).toMatchObject({ summary: 'Nu ook met toetje.', recurrence: { rule: '' }, proposedBy: world.users.writerA.id })

    for (const [user, wijk] of [
      [world.users.otherWriterA, world.wijkA],
      [world.users.partnerA, world.wijkA],
      [writerB, world.wijkB],
    ] as const) {
      const attempt = await saveActivity(actor(user, wijk), { id, ...weekly({ summary: 'Overgenomen.' }), now: NOW })
      expect(attempt).toMatchObject({ ok: false, status: 404 })
    }
    expect((await storedEvent(id)).summary).toBe('Nu ook met toetje.')
  })

  it('an editor uses the admin, not this form', async () => {
    expect(await saveActivity(actor(world.users.editorA), { ...weekly(), now: NOW })).toMatchObject({ ok: false, status: 403 })
  })
})

describe('a partner’s activities and organisation', () => {
  it('a new activity is a draft of its own organisation; the place may be left empty', async () => {
    const result = await saveActivity(actor(world.users.partnerA), {
      ...weekly({ placeName: '', street: '', houseNumber: '', postcode: '', city: '', repeat: 'once' }),
      now: NOW,
    })
    const event = await storedEvent((result as { id: number }).id)
    expect(event).toMatchObject({ _status: 'draft', organisation: world.orgA1.id, proposedBy: null })
  })

  it('cannot change another organisation’s event through the form', async () => {
    const attempt = await saveActivity(actor(world.users.partnerA), { id: world.eventA2.id, ...weekly(), now: NOW })
    expect(attempt).toMatchObject({ ok: false, status: 404 })
    expect((await storedEvent(world.eventA2.id)).title).toBe(world.eventA2.title)
  })

  it('edits its organisation as a draft: the live entry is unchanged until the redactie publishes', async () => {
    const result = await saveOrganisation(
      actor(world.users.partnerA),
      form({
        summary: 'Het huis van de buurt, zeven dagen open.',
        description: 'Over ons.',
        offers: '- Koffie\n- Computerhulp\n\n',
        contactName: 'Karim',
        contactRole: 'buurtwerker',
        email: 'info@dekabel.nl',
        phone: '010-1234567',
        website: 'https://dekabel.nl',
        days0: 'ma t/m vr',
        hours0: '09:00–17:00',
        actie: 'indienen',
      }),
    )
    expect(result).toMatchObject({ ok: true, id: world.orgA1.id })
    const draft = await payload.findByID({ collection: 'organisations', id: world.orgA1.id, draft: true, overrideAccess: true })
    expect(draft).toMatchObject({
      _status: 'draft',
      summary: 'Het huis van de buurt, zeven dagen open.',
      offers: [{ text: 'Koffie' }, { text: 'Computerhulp' }],
      contactPerson: { name: 'Karim', role: 'buurtwerker' },
      contact: { email: 'info@dekabel.nl', phone: '010-1234567', website: 'https://dekabel.nl' },
      openingHours: [{ days: 'ma t/m vr', hours: '09:00–17:00' }],
      name: world.orgA1.name,
    })
    const live = await payload.findByID({ collection: 'organisations', id: world.orgA1.id, draft: false, overrideAccess: true })
    expect(live).toMatchObject({ _status: 'published', summary: world.orgA1.summary })
    // The description's text did not change the second time: the stored rich text is left alone.
    expect((await findOwnOrganisation(actor(world.users.partnerA)))?.summary).toBe('Het huis van de buurt, zeven dagen open.')
  })

  it('bad input: 400, nothing stored; not a partner or another wijk: 403', async () => {
    const before = await payload.findByID({ collection: 'organisations', id: world.orgA1.id, draft: true, overrideAccess: true })
    const bad = await saveOrganisation(actor(world.users.partnerA), form({ summary: '', website: 'javascript:alert(1)', phone: '12', days1: 'za' }))
    expect(bad).toMatchObject({
      ok: false,
      status: 400,
      errors: { summary: expect.any(String), website: expect.any(String), phone: expect.any(String), hours1: expect.any(String) },
    })
    const after = await payload.findByID({ collection: 'organisations', id: world.orgA1.id, draft: true, overrideAccess: true })
    expect(after.updatedAt).toBe(before.updatedAt)
    expect(await saveOrganisation(actor(world.users.writerA), form({ summary: 'Overgenomen.' }))).toMatchObject({ ok: false, status: 403 })
    expect(await saveOrganisation(actor(world.users.partnerA, world.wijkB), form({ summary: 'Overgenomen.' }))).toMatchObject({ ok: false, status: 403 })
  })
})

describe('trek mijn voorstel in (POST /mijn/activiteit/<id>/intrekken, the real route handler)', () => {
  const tokens = new Map<string, string>()
  const tokenOf = async (email: string) => {
    if (!tokens.has(email)) tokens.set(email, (await payload.login({ collection: 'users', data: { email, password: TEST_PASSWORD } })).token!)
    return tokens.get(email)!
  }
  /** The form's post as a browser on the wijk's own site sends it, with the person's Mijn buurt cookie. */
  const withdraw = async (user: User, id: number, { wijk = world.wijkA, zeker = 'ja' }: { wijk?: Wijken; zeker?: string } = {}) => {
    const site = `http://${wijk.domain}`
    const response = await withdrawActivityRoute(
      new Request(`${site}/mijn/activiteit/${id}/intrekken`, {
        method: 'POST',
        headers: {
          host: wijk.domain,
          origin: site,
          cookie: `payload-token=${await tokenOf(user.email)}`,
          'content-type': 'application/x-www-form-urlencoded',
          'x-wijk-client-ip': `10.9.${id % 250}.${Math.floor(Math.random() * 250)}`,
        },
        body: new URLSearchParams(zeker ? { zeker } : {}).toString(),
      }),
    )
    return { status: response.status, location: response.headers.get('location'), text: await response.text() }
  }
  const proposeAs = async (user: User = world.users.writerA) => {
    const result = await saveActivity(actor(user), { ...weekly({ title: `Voorstel ${Math.random().toString(36).slice(2, 7)}` }), now: NOW })
    if (!result.ok) throw new Error(result.message)
    return result.id
  }
  const exists = async (id: number) =>
    (await payload.find({ collection: 'events', where: { id: { equals: id } }, draft: true, overrideAccess: true })).totalDocs === 1

  it('the resident withdraws their own submitted proposal: gone, 303 to /mijn/ with the notice', async () => {
    const id = await proposeAs()
    expect((await storedEvent(id)).submittedAt).toBeTruthy()
    expect(await mayWithdrawActivity(actor(world.users.writerA), await storedEvent(id))).toBe(true)
    expect(await withdraw(world.users.writerA, id)).toMatchObject({ status: 303, location: '/mijn/?ingetrokken=voorstel' })
    expect(await exists(id)).toBe(false)
  })

  it('without "Ja, ik weet het zeker": 400 with a Dutch page, still there', async () => {
    const id = await proposeAs()
    const answer = await withdraw(world.users.writerA, id, { zeker: '' })
    expect(answer.status).toBe(400)
    expect(answer.text).toContain('Ja, ik weet het zeker')
    expect(await exists(id)).toBe(true)
  })

  it('another resident, a resident of wijk B on their own site, or a partner cannot: 404, still there', async () => {
    const id = await proposeAs()
    for (const [user, wijk] of [
      [world.users.otherWriterA, world.wijkA],
      [writerB, world.wijkB],
      [world.users.partnerA, world.wijkA],
    ] as const) {
      const answer = await withdraw(user, id, { wijk })
      expect(answer.status).toBe(404)
      expect(answer.text).toContain('niet van jou')
    }
    expect(await exists(id)).toBe(true)
    expect(await mayWithdrawActivity(actor(world.users.otherWriterA), await storedEvent(id))).toBe(false)
  })

  it('a published proposal cannot be withdrawn this way (409, the redactie takes it down), nor a partner its activity (403)', async () => {
    const id = await proposeAs()
    await payload.update({ collection: 'events', id, data: { _status: 'published' } as never, overrideAccess: true })
    // Even with a newer draft waiting, the site shows it.
    await saveActivity(actor(world.users.writerA), { id, ...weekly({ summary: 'Nu ook op woensdag.' }) })
    expect(await mayWithdrawActivity(actor(world.users.writerA), await storedEvent(id))).toBe(false)
    const answer = await withdraw(world.users.writerA, id)
    expect(answer.status).toBe(409)
    expect(answer.text).toContain('Vraag het de redactie')
    expect(await exists(id)).toBe(true)

    const own = await saveActivity(actor(world.users.partnerA), { ...weekly({ placeName: '' }), now: NOW })
    if (!own.ok) throw new Error(own.message)
    expect(await mayWithdrawActivity(actor(world.users.partnerA), await storedEvent(own.id))).toBe(false)
    expect((await withdraw(world.users.partnerA, own.id)).status).toBe(403)
    expect(await exists(own.id)).toBe(true)
  })
})
