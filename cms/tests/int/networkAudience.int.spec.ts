/**
 * The network audience: organisations' published contact addresses in the wijk's Mailchimp
 * audience. The official client talks to the fake Mailchimp on loopback; the hooks queue real jobs
 * on the `mailchimp` queue and the job runner performs them.
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { mailchimpClient } from '../../src/mailchimp/mailchimpClient'
import { networkWijk } from '../../src/mailchimp/network/networkAudienceOf'
import { reconcileNetwork } from '../../src/mailchimp/network/reconcileNetwork'
import { reportReconcile } from '../../src/mailchimp/network/reportReconcile'
import type { FakeMailchimp } from '../helpers/fakeMailchimp'
import { startMailchimpWorld, stopMailchimpWorld } from '../helpers/mailchimpWorld'
import type { World } from '../helpers/world'

const API_KEY = 'networktestkey-us21'
const AUDIENCE = 'net123delfs'

let payload: Payload
let world: World
let fake: FakeMailchimp
let themeTaal: { id: number }

beforeAll(async () => {
  ;({ fake, payload, world } = await startMailchimpWorld({ apiKey: API_KEY, retryBaseMs: 200 }))
  fake.addList(AUDIENCE, ['NAME', 'ORG'])
  await payload.update({ collection: 'wijken', id: world.wijkA.id, data: { mailchimp: { networkAudienceId: AUDIENCE } } as never, overrideAccess: true })
  themeTaal = await payload.create({ collection: 'themes', data: { tenant: world.wijkA.id, name: 'Taal' } as never, overrideAccess: true })
})
afterAll(() => stopMailchimpWorld(payload, fake))

const asEditor = () => ({ user: world.users.editorA, overrideAccess: false })

const waitFor = async <T>(what: string, check: () => T | undefined | null | false, timeoutMs = 10_000): Promise<T> => {
  const end = Date.now() + timeoutMs
  for (;;) {
    const value = check()
    if (value) return value
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
const member = (email: string) => fake.member(AUDIENCE, email)
const tagsOf = (email: string) => (member(email)?.tags ?? []).map((tag) => tag.name).sort()
const pendingJobs = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: 'mailchimp' } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
      overrideAccess: true,
      limit: 100,
    })
  ).docs

const organisation = (name: string, email: string, themes: number[], status: 'published' | 'draft' = 'published') =>
  payload.create({
    collection: 'organisations',
    data: {
      tenant: world.wijkA.id,
      name,
      summary: `${name}.`,
      themes,
      contact: { email },
      contactPerson: { name: `Contact ${name}` },
      _status: status,
    } as never,
    ...asEditor(),
  })

describe('organisations follow into the network audience', () => {
  it('publishing an organisation adds its address (status pending, NAME/ORG, tags wijk + themes); a draft adds nothing', async () => {
    await organisation('Voedselbank West', 'Info@Voedselbank-West.nl', [world.themeA.id])
    const added = await waitFor('the member', () => member('info@voedselbank-west.nl')?.tags.length === 2 && member('info@voedselbank-west.nl'))
    expect(added.status).toBe('pending')
    expect(added.merge_fields).toEqual({ NAME: 'Contact Voedselbank West', ORG: 'Voedselbank West' })
    expect(tagsOf('info@voedselbank-west.nl')).toEqual(['Eten', 'delfshaven'])
    expect(fake.requests.every((request) => request.authorised)).toBe(true)

    await organisation('Nog geheim', 'geheim@example.nl', [world.themeA.id], 'draft')
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(member('geheim@example.nl')).toBeUndefined()
  })

  it('changing the themes changes the tags: the new one added, the old one removed; a draft edit changes nothing', async () => {
    const org = await organisation('Kookclub Spangen', 'kookclub@example.nl', [world.themeA.id])
    await waitFor('the member', () => tagsOf('kookclub@example.nl').includes('Eten'))
    await payload.update({ collection: 'organisations', id: org.id, data: { themes: [themeTaal.id] } as never, ...asEditor() })
    await waitFor('the new tags', () => tagsOf('kookclub@example.nl').join() === 'Taal,delfshaven')

    const before = fake.requests.length
    await payload.update({ collection: 'organisations', id: org.id, draft: true, data: { themes: [world.themeA.id] } as never, ...asEditor() })
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(fake.requests.length).toBe(before)
    expect(tagsOf('kookclub@example.nl')).toEqual(['Taal', 'delfshaven'])
  })

  it('unpublishing archives the member; publishing again brings it back; deleting archives it', async () => {
    const org = await organisation('Speeltuin Bospolder', 'speeltuin@example.nl', [world.themeA.id])
    await waitFor('the member', () => member('speeltuin@example.nl')?.status === 'pending')
    await payload.update({ collection: 'organisations', id: org.id, data: { _status: 'draft' } as never, ...asEditor() })
    await waitFor('the archive', () => member('speeltuin@example.nl')?.status === 'archived')
    expect(fake.requests.some((request) => request.method === 'DELETE' && request.path.endsWith('/members/' + member('speeltuin@example.nl')!.id))).toBe(true)

    await payload.update({ collection: 'organisations', id: org.id, data: { _status: 'published' } as never, ...asEditor() })
    await waitFor('the member back', () => member('speeltuin@example.nl')?.status === 'pending')
    await payload.delete({ collection: 'organisations', id: org.id, ...asEditor() })
    await waitFor('the archive after delete', () => member('speeltuin@example.nl')?.status === 'archived')
  })

  it('a new address: the old member is archived, the new one created; an address two organisations share stays while one has it', async () => {
    const org = await organisation('Huiswerkklas', 'oud@huiswerk.nl', [world.themeA.id])
    await waitFor('the old member', () => member('oud@huiswerk.nl')?.status === 'pending')
    await payload.update({ collection: 'organisations', id: org.id, data: { contact: { email: 'nieuw@huiswerk.nl' } } as never, ...asEditor() })
    await waitFor('the new member', () => member('nieuw@huiswerk.nl')?.status === 'pending' && member('oud@huiswerk.nl')?.status === 'archived')
    expect(tagsOf('nieuw@huiswerk.nl')).toEqual(['Eten', 'delfshaven'])

    const first = await organisation('Moestuin Noord', 'groen@example.nl', [world.themeA.id])
    await organisation('Moestuin Zuid', 'groen@example.nl', [themeTaal.id])
    await waitFor('one member for both', () => tagsOf('groen@example.nl').length === 3)
    expect(member('groen@example.nl')!.merge_fields.ORG).toBe('Moestuin Noord, Moestuin Zuid')
    await payload.delete({ collection: 'organisations', id: first.id, ...asEditor() })
    await waitFor('the shared member keeps the other', () => tagsOf('groen@example.nl').join() === 'Taal,delfshaven')
    expect(member('groen@example.nl')!.status).toBe('pending')
    expect(member('groen@example.nl')!.merge_fields.ORG).toBe('Moestuin Zuid')
  })

  it('an organisation that unsubscribed stays unsubscribed: the sync only updates its details', async () => {
    const org = await organisation('Repair Café', 'repair@example.nl', [world.themeA.id])
    await waitFor('the member', () => member('repair@example.nl')?.status === 'pending')
    fake.setMember(AUDIENCE, 'repair@example.nl', 'unsubscribed')
    await payload.update({ collection: 'organisations', id: org.id, data: { name: 'Repair Café Delfshaven' } as never, ...asEditor() })
    await waitFor('the new name', () => member('repair@example.nl')?.merge_fields.ORG === 'Repair Café Delfshaven')
    expect(member('repair@example.nl')!.status).toBe('unsubscribed')
  })

  it('Mailchimp down, then rate-limiting: the change waits in the mailchimp queue and arrives after recovery', async () => {
    fake.setDown(true)
    const org = await organisation('Buurtmoestuin', 'moestuin@example.nl', [world.themeA.id])
    await payload.update({ collection: 'organisations', id: org.id, data: { themes: [world.themeA.id, themeTaal.id] } as never, ...asEditor() })
    await new Promise((resolve) => setTimeout(resolve, 600))
    expect(member('moestuin@example.nl')).toBeUndefined()
    const waiting = await pendingJobs()
    expect(waiting.some((job) => (job.input as { email?: string }).email === 'moestuin@example.nl' && (job.totalTried ?? 0) >= 1)).toBe(true)

    fake.failNext(2, 429)
    fake.setDown(false)
    await waitFor('the member after recovery', () => tagsOf('moestuin@example.nl').join() === 'Eten,Taal,delfshaven', 20_000)
    const end = Date.now() + 10_000
    while ((await pendingJobs()).length > 0 && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 100))
    expect(await pendingJobs()).toEqual([])
  })

  it('without a network audience on the wijk nothing is queued', async () => {
    const before = fake.requests.length
    await payload.create({
      collection: 'organisations',
      data: { tenant: world.wijkB.id, name: 'Elders', summary: 'Elders.', contact: { email: 'elders@example.nl' }, _status: 'published' } as never,
      overrideAccess: true,
    })
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(fake.requests.length).toBe(before)
  })
})

describe('mailchimp:sync reconciles the audience with the CMS', () => {
  it('after drift (a member deleted, a stray added, a tag and a name changed in Mailchimp): fixes it and reports what it changed', async () => {
    // Let every queued sync finish first.
    const end = Date.now() + 10_000
    while ((await pendingJobs()).length > 0 && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 100))
    const wijk = (await networkWijk(payload, { slug: 'delfshaven' }))!
    const client = mailchimpClient()!
    const list = fake.lists.get(AUDIENCE)!

    const clean = await reconcileNetwork(payload, client, wijk, { dryRun: true })
    expect(clean.plan).toEqual({ add: [], update: [], archive: [] })

    list.members.delete(member('kookclub@example.nl')!.id)
    fake.setMember(AUDIENCE, 'stray@example.nl', 'subscribed', ['delfshaven'])
    fake.setMember(AUDIENCE, 'nieuw@huiswerk.nl', 'pending', ['Oud thema'])
    member('repair@example.nl')!.merge_fields.ORG = 'Iets anders'

    const plan = await reconcileNetwork(payload, client, wijk, { dryRun: true })
    expect(plan.plan.add.map((m) => m.email)).toEqual(['kookclub@example.nl'])
    expect(plan.plan.update.map((u) => u.member.email).sort()).toEqual(['nieuw@huiswerk.nl', 'repair@example.nl'])
    expect(plan.plan.archive).toEqual(['stray@example.nl'])
    expect(member('stray@example.nl')!.status).toBe('subscribed')
    expect(reportReconcile('delfshaven', plan, true).text).toContain('Plan voor delfshaven (niets gewijzigd): 1 toegevoegd, 2 bijgewerkt, 1 gearchiveerd')

    const result = await reconcileNetwork(payload, client, wijk)
    const report = reportReconcile('delfshaven', result, false)
    expect(report.ok).toBe(true)
    expect(report.text).toContain('Netwerk delfshaven: 1 toegevoegd, 2 bijgewerkt, 1 gearchiveerd')
    expect(report.text).toContain('- stray@example.nl')
    expect(tagsOf('kookclub@example.nl')).toEqual(['Taal', 'delfshaven'])
    expect(member('stray@example.nl')!.status).toBe('archived')
    expect(tagsOf('nieuw@huiswerk.nl')).toEqual(['Eten', 'delfshaven'])
    expect(member('repair@example.nl')!.merge_fields.ORG).toBe('Repair Café Delfshaven')
    expect(member('repair@example.nl')!.status).toBe('unsubscribed')

    expect((await reconcileNetwork(payload, client, wijk)).plan).toEqual({ add: [], update: [], archive: [] })
  })

  it('pages through a large audience and reports a failing write (exit code non-zero)', async () => {
    for (let i = 0; i < 1005; i++) fake.setMember(AUDIENCE, `oud${i}@example.nl`, 'subscribed')
    const wijk = (await networkWijk(payload, { slug: 'delfshaven' }))!
    const client = mailchimpClient()!
    const plan = await reconcileNetwork(payload, client, wijk, { dryRun: true })
    expect(plan.plan.archive).toHaveLength(1005)
    const pages = fake.requests.filter((request) => request.method === 'GET' && request.path.endsWith(`/lists/${AUDIENCE}/members`)).slice(-2)
    expect(pages.map((request) => [request.query.count, request.query.offset])).toEqual([
      ['1000', '0'],
      ['1000', '1000'],
    ])

    const archived = await reconcileNetwork(payload, client, wijk)
    expect(archived.done.archive).toBe(1005)
    expect(archived.failed).toEqual([])

    // A contact permanently deleted in Mailchimp cannot be re-added: reported, the rest still done.
    fake.setMember(AUDIENCE, 'nog@example.nl', 'subscribed')
    await payload.create({
      collection: 'organisations',
      data: { tenant: world.wijkA.id, name: 'Vergeten', summary: 'Vergeten.', contact: { email: 'vergeten@example.nl' }, _status: 'published' } as never,
      overrideAccess: true,
    })
    fake.forget(AUDIENCE, 'vergeten@example.nl')
    await new Promise((resolve) => setTimeout(resolve, 300))
    fake.forget(AUDIENCE, 'vergeten@example.nl')
    const failing = await reconcileNetwork(payload, client, wijk)
    const report = reportReconcile('delfshaven', failing, false)
    expect(report.ok).toBe(false)
    expect(report.text).toContain('Netwerk delfshaven: 0 toegevoegd, 0 bijgewerkt, 1 gearchiveerd, 1 mislukt')
    expect(report.text).toContain('! vergeten@example.nl: Mailchimp 400: Forgotten Email Not Subscribed')
    expect(member('nog@example.nl')!.status).toBe('archived')
  })
})
