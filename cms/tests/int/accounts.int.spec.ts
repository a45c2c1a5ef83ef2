import { createPayloadRequest, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '../../src/access/roles'
import { registerEndpoint } from '../../src/accounts/registerEndpoint'
import { type Actor, createActor, outcome } from '../helpers/actors'
import { startPayloadWorld } from '../helpers/payload'
import type { World } from '../helpers/world'

let payload: Payload
let world: World

beforeAll(async () => ({ payload, world } = await startPayloadWorld()))
afterAll(async () => payload.destroy())

const as = (user: Actor) => ({ user, overrideAccess: false })

/** A freshly registered partner of wijk A (no organisation yet) and its pending claim. */
const registeredPartner = async (claim: { organisation?: number; proposedName?: string }) => {
  const partner = await createActor(payload, 'partner', [world.wijkA.id])
  const created = await payload.create({
    collection: 'organisation-claims',
    data: { tenant: world.wijkA.id, user: partner.id, status: 'pending', ...claim } as never,
    overrideAccess: true,
  })
  return { partner, claim: created }
}

const mailsTo = async (email: string) => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'sendMail' } },
    sort: 'id',
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((job) => job.input as { to: string; subject: string; text: string }).filter((mail) => mail.to === email)
}

describe('organisation claims: who sees and decides them', () => {
  it('the redactie of the wijk and the partner itself see a claim; other wijken, writers and anonymous do not', async () => {
    const { partner, claim } = await registeredPartner({ organisation: world.orgA2.id })
    const read = (user?: Actor) => () => payload.findByID({ collection: 'organisation-claims', id: claim.id, user, overrideAccess: false })
    expect(await outcome(read(world.users.admin))).toBe('allowed')
    expect(await outcome(read(world.users.editorA))).toBe('allowed')
    expect(await outcome(read(partner))).toBe('allowed')
    expect(await outcome(read(world.users.editorB))).toBe('denied')
    expect(await outcome(read(world.users.writerA))).toBe('denied')
    expect(await outcome(read(world.users.partnerA))).toBe('denied')
    expect(await outcome(read(undefined))).toBe('denied')
  })

  it('a partner cannot approve its own claim, nor can a writer or another wijk’s redactie', async () => {
    const { partner, claim } = await registeredPartner({ organisation: world.orgA2.id })
    for (const user of [partner, world.users.writerA, world.users.editorB]) {
      const attempt = () => payload.update({ collection: 'organisation-claims', id: claim.id, data: { status: 'approved' }, ...as(user) })
      expect(await outcome(attempt)).toBe('denied')
    }
    const after = await payload.findByID({ collection: 'users', id: partner.id, overrideAccess: true, depth: 0 })
    expect(after.organisation ?? null).toBeNull()
  })

  it('a partner cannot link itself to an organisation or create a claim through the API', async () => {
    const { partner } = await registeredPartner({ organisation: world.orgA2.id })
    await payload.update({ collection: 'users', id: partner.id, data: { organisation: world.orgA2.id }, ...as(partner) })
    expect((await payload.findByID({ collection: 'users', id: partner.id, overrideAccess: true, depth: 0 })).organisation ?? null).toBeNull()
    const attempt = () =>
      payload.create({
        collection: 'organisation-claims',
        data: { tenant: world.wijkA.id, user: partner.id, organisation: world.orgA1.id } as never,
        ...as(partner),
      })
    expect(await outcome(attempt)).toBe('denied')
  })
})

describe('approving a claim', () => {
  it('links the partner to the existing organisation: it may edit that one, not another; the partner is mailed', async () => {
    const { partner, claim } = await registeredPartner({ organisation: world.orgA2.id })
    const decided = await payload.update({ collection: 'organisation-claims', id: claim.id, data: { status: 'approved' }, ...as(world.users.editorA) })
    expect(decided.decidedAt).toBeTruthy()
    const linked = await payload.findByID({ collection: 'users', id: partner.id, overrideAccess: true, depth: 0 })
    expect(linked.organisation).toBe(world.orgA2.id)

    const asLinked = { user: { ...linked, collection: 'users' as const }, overrideAccess: false }
    const own = () => payload.update({ collection: 'organisations', id: world.orgA2.id, data: { summary: 'Door de partner bijgewerkt.' }, ...asLinked })
    const other = () => payload.update({ collection: 'organisations', id: world.orgA1.id, data: { summary: 'Overgenomen!' }, ...asLinked })
    expect(await outcome(own)).toBe('allowed')
    expect(await outcome(other)).toBe('denied')

    const [mail] = await mailsTo(partner.email)
    expect(mail?.subject).toBe(`Je beheert nu ${world.orgA2.name}`)
  })

  it('creates a new organisation as a draft in the claim’s wijk and links the partner to it', async () => {
    const { partner, claim } = await registeredPartner({ proposedName: 'Moestuin Spangen' })
    const decided = await payload.update({ collection: 'organisation-claims', id: claim.id, data: { status: 'approved' }, ...as(world.users.editorA) })
    const organisation = await payload.findByID({ collection: 'organisations', id: idOf(decided.organisation)!, draft: true, overrideAccess: true, depth: 0 })
    expect(organisation).toMatchObject({ name: 'Moestuin Spangen', _status: 'draft', tenant: world.wijkA.id })
    const linked = await payload.findByID({ collection: 'users', id: partner.id, overrideAccess: true, depth: 0 })
    expect(linked.organisation).toBe(organisation.id)
    expect(decided.summary).toBe('Moestuin Spangen')
  })

  it('is decided once; a rejection needs a reason, which the partner reads in its mail', async () => {
    const { partner, claim } = await registeredPartner({ organisation: world.orgA1.id })
    const withoutReason = () => payload.update({ collection: 'organisation-claims', id: claim.id, data: { status: 'rejected' }, ...as(world.users.editorA) })
    await expect(withoutReason()).rejects.toMatchObject({ status: 400 })
    await payload.update({
      collection: 'organisation-claims',
      id: claim.id,
      data: { status: 'rejected', rejectionReason: 'Wij kennen jou niet bij De Kabel.' },
      ...as(world.users.editorA),
    })
    const again = () => payload.update({ collection: 'organisation-claims', id: claim.id, data: { status: 'approved' }, ...as(world.users.editorA) })
    await expect(again()).rejects.toMatchObject({ status: 400 })
    expect((await payload.findByID({ collection: 'users', id: partner.id, overrideAccess: true, depth: 0 })).organisation ?? null).toBeNull()
    const [mail] = await mailsTo(partner.email)
    expect(mail?.text).toContain('Wij kennen jou niet bij De Kabel.')
  })
})

describe('accounts', () => {
  it('records consent only through the registration (nobody edits it afterwards)', async () => {
    const writer = await createActor(payload, 'writer', [world.wijkA.id], { consentAt: '2026-11-01T10:00:00.000Z' } as never)
    await payload.update({ collection: 'users', id: writer.id, data: { consentAt: '2020-01-01T00:00:00.000Z' } as never, ...as(world.users.editorA) })
    const after = await payload.findByID({ collection: 'users', id: writer.id, overrideAccess: true })
    expect(after.consentAt).toBe('2026-11-01T10:00:00.000Z')
  })

  it('an account the redactie creates gets the Dutch verification mail and cannot log in before confirming', async () => {
    const email = `nieuw-${Date.now()}@test.nl`
    await payload.create({
      collection: 'users',
      data: { name: 'Nieuwe Buur', email, password: 'lang-wachtwoord-1', role: 'writer', tenants: [{ tenant: world.wijkA.id }] },
      ...as(world.users.editorA),
    })
    await expect(payload.login({ collection: 'users', data: { email, password: 'lang-wachtwoord-1' } })).rejects.toThrow(/nog niet bevestigd/)
  })
})

/** POST /api/account/registreren with a real Payload request, as the REST route hands it over. */
let ip = 0
const registerThrough = async (body: Record<string, unknown>) => {
  const request = new Request('http://cms.test/api/account/registreren', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wijk-client-ip': `198.51.100.${++ip}` },
    body: JSON.stringify(body),
  })
  return registerEndpoint.handler(await createPayloadRequest({ config: payload.config, request }))
}

const registration = (email: string, extra: Record<string, unknown> = {}) => ({
  name: 'Anouk',
  email,
  password: 'een-lange-zin-hier',
  wijk: 'delfshaven',
  role: 'resident',
  consent: true,
  ...extra,
})

describe('registering (endpoint with real requests)', () => {
  it('stores an unconfirmed writer in the wijk with consent, and queues the verification mail', async () => {
    const email = 'anouk@bewoner.test'
    const response = await registerThrough(registration(email))
    expect(response.status).toBe(200)
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true, showHiddenFields: true, depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ role: 'writer', _verified: false, tenants: [expect.objectContaining({ tenant: world.wijkA.id })] })
    expect(docs[0]!.consentAt).toBeTruthy()
    const [mail] = await mailsTo(email)
    expect(mail?.text).toContain(`/api/account/bevestigen/${(docs[0] as { _verificationToken: string })._verificationToken}`)
  })

  it('registering again before confirming sends the same link again, not a second account', async () => {
    const email = 'vergeten@bewoner.test'
    await registerThrough(registration(email))
    const again = await registerThrough(registration(email, { name: 'Iemand' }))
    expect(again.status).toBe(200)
    const mails = await mailsTo(email)
    expect(mails).toHaveLength(2)
    const link = (text: string) => text.match(/\/api\/account\/bevestigen\/[a-f0-9]+/)?.[0]
    expect(link(mails[1]!.text)).toBe(link(mails[0]!.text))
    expect(mails[1]!.text).toContain('nog niet bevestigd')
    expect((await payload.count({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })).totalDocs).toBe(1)
  })

  it('a partner’s claim names the organisation of its own wijk; another wijk’s organisation is refused', async () => {
    const email = 'partner-nieuw@partner.test'
    expect((await registerThrough(registration(email, { role: 'partner', organisation: world.orgA2.slug }))).status).toBe(200)
    const user = (await payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true, depth: 0 })).docs[0]!
    expect(user.role).toBe('partner')
    expect(user.organisation ?? null).toBeNull()
    const claims = await payload.find({ collection: 'organisation-claims', where: { user: { equals: user.id } }, overrideAccess: true, depth: 0 })
    expect(claims.docs[0]).toMatchObject({ organisation: world.orgA2.id, status: 'pending', tenant: world.wijkA.id })
    const [toRedactie] = await mailsTo(world.users.editorA.email)
    expect(toRedactie?.subject).toBe(`Nieuwe partner: Anouk (${world.orgA2.name})`)
    expect(toRedactie?.text).toContain(`/admin/collections/organisation-claims/${claims.docs[0]!.id}`)
    expect(await mailsTo(world.users.editorB.email)).toEqual([])

    const foreign = await registerThrough(registration('kaper@partner.test', { role: 'partner', organisation: String(world.orgB1.id) }))
    expect(foreign.status).toBe(400)
    expect((await payload.count({ collection: 'users', where: { email: { equals: 'kaper@partner.test' } }, overrideAccess: true })).totalDocs).toBe(0)
  })
})
