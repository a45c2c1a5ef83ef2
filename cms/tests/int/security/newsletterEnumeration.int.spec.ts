/**
 * Issue 15, finding 6: the newsletter form told anyone whether an address is subscribed ("Je krijgt
 * de nieuwsbrief al") and rewrote an existing member's name and tags without opt-in.
 *
 * Through Payload's real REST handler with the official Mailchimp client talking to the fake
 * Mailchimp: the answer is the same for a new, pending, subscribed and unsubscribed address (JSON and
 * plain form post), every signup does the same work (one stored consent record, one queued Mailchimp
 * job), and an anonymous signup never changes an existing member's name, tags or status (a former
 * member is only asked to confirm again, Mailchimp's double opt-in).
 */
import { handleEndpoints, type Payload } from 'payload'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { FakeMailchimp, MemberStatus } from '../../helpers/fakeMailchimp'
import { startMailchimpWorld, stopMailchimpWorld } from '../../helpers/mailchimpWorld'
import { until } from '../../helpers/until'
import type { World } from '../../helpers/world'

const API_KEY = 'abc123def456-us21'
const AUDIENCE = 'news0secur'

let payload: Payload
let world: World
let fake: FakeMailchimp

let ip = 0
const post = async (fields: Record<string, string>, { form = false }: { form?: boolean } = {}) => {
  // Its own client address per request (the header the CMS's server sets, and the older proxy header), so per-client limits stay out of the way.
  const client = `198.51.100.${ip++ % 250}`
  const headers: Record<string, string> = { 'x-wijk-client-ip': client, 'x-forwarded-for': client, origin: 'http://delfshaven.localhost' }
  let body: string
  if (form) {
    headers['content-type'] = 'application/x-www-form-urlencoded'
    body = new URLSearchParams(fields).toString()
  } else {
    headers['content-type'] = 'application/json'
    headers.accept = 'application/json'
    body = JSON.stringify(fields)
  }
  const response = await handleEndpoints({ config: payload.config, request: new Request('http://cms.test/api/nieuwsbrief', { method: 'POST', headers, body }) })
  return { status: response.status, location: response.headers.get('location'), text: await response.text() }
}

/** What a stranger fills in: their own name and interests, someone else's address. */
const strangerSignup = (email: string) => ({
  email,
  name: 'Aanvaller',
  wijk: 'delfshaven',
  consent: 'on',
  buurtkrant: 'on',
  vrijwilligerswerk: 'on',
  source: 'http://delfshaven.localhost/nieuwsbrief/',
})

const syncOf = async (email: string) =>
  (
    await payload.find({
      collection: 'newsletter-signups' as never,
      where: { email: { equals: email } },
      overrideAccess: true,
      depth: 0,
      sort: '-createdAt',
      limit: 1,
    })
  ).docs[0] as unknown as { mailchimpSync: { state: string; result: string | null } } | undefined

const jobsFor = async (email: string) =>
  (
    await payload.count({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'mailchimpWrite' } }, { 'input.email': { equals: email } }] },
      overrideAccess: true,
    })
  ).totalDocs

/** A member as it was confirmed in Mailchimp: its own name and interests. */
const existingMember = (email: string, status: MemberStatus) => {
  const member = fake.setMember(AUDIENCE, email, status, ['delfshaven', 'agenda'])
  member.merge_fields = { FNAME: 'Sanne' }
  return member
}

const snapshotOf = (email: string) => {
  const member = fake.member(AUDIENCE, email)!
  return { status: member.status, merge_fields: { ...member.merge_fields }, tags: member.tags.map((tag) => tag.name).sort() }
}

beforeAll(async () => {
  ;({ fake, payload, world } = await startMailchimpWorld({ apiKey: API_KEY, retryBaseMs: 100 }))
  await payload.update({ collection: 'wijken', id: world.wijkA.id, data: { mailchimp: { newsletterAudienceId: AUDIENCE } } as never, overrideAccess: true })
})
afterAll(() => stopMailchimpWorld(payload, fake))
beforeEach(() => {
  fake.reset()
  fake.addList(AUDIENCE)
})

describe('issue 15, finding 6: the newsletter form tells nothing and changes no existing member', () => {
  it('answers a new, pending, subscribed and unsubscribed address identically (JSON and plain form)', async () => {
    const addresses = { new: 'nieuw@example.nl', pending: 'wacht@example.nl', subscribed: 'lid@example.nl', unsubscribed: 'weg@example.nl' }
    existingMember(addresses.pending, 'pending')
    existingMember(addresses.subscribed, 'subscribed')
    existingMember(addresses.unsubscribed, 'unsubscribed')

    const json = await Promise.all(Object.values(addresses).map((email) => post(strangerSignup(email))))
    const forms = await Promise.all(Object.values(addresses).map((email) => post(strangerSignup(email), { form: true })))
    for (const answer of json) expect({ status: answer.status, text: answer.text }).toEqual({ status: json[0]!.status, text: json[0]!.text })
    for (const answer of forms)
      expect({ status: answer.status, location: answer.location, text: answer.text }).toEqual({
        status: forms[0]!.status,
        location: forms[0]!.location,
        text: forms[0]!.text,
      })
    expect(JSON.parse(json[0]!.text)).toEqual({ ok: true, message: 'Bijna klaar: kijk in je mail en bevestig je aanmelding.' })
    expect(forms[0]!.status).toBe(303)

    // The same work for each: two stored consent records and two queued Mailchimp jobs per address.
    for (const email of Object.values(addresses)) expect(await jobsFor(email)).toBe(2)
  })

  it('leaves a subscribed member’s name, tags and status exactly as they were', async () => {
    existingMember('sanne@example.nl', 'subscribed')
    const before = snapshotOf('sanne@example.nl')
    expect((await post(strangerSignup('sanne@example.nl'))).status).toBe(200)
    await until(async () => (await syncOf('sanne@example.nl'))?.mailchimpSync.state === 'synced')
    expect(snapshotOf('sanne@example.nl')).toEqual(before)
    expect(before).toEqual({ status: 'subscribed', merge_fields: { FNAME: 'Sanne' }, tags: ['agenda', 'delfshaven'] })
    // Only read, never written.
    const member = fake.member(AUDIENCE, 'sanne@example.nl')!
    expect(fake.requests.filter((request) => request.path.includes(member.id) && request.method !== 'GET')).toEqual([])
  })

  it('leaves a pending member alone too, and asks a former member to confirm again without touching name or tags', async () => {
    existingMember('wacht@example.nl', 'pending')
    existingMember('omar@example.nl', 'unsubscribed')
    const pendingBefore = snapshotOf('wacht@example.nl')
    const formerBefore = snapshotOf('omar@example.nl')
    await post(strangerSignup('wacht@example.nl'))
    await post(strangerSignup('omar@example.nl'))
    await until(async () => (await syncOf('wacht@example.nl'))?.mailchimpSync.state === 'synced')
    await until(async () => (await syncOf('omar@example.nl'))?.mailchimpSync.state === 'synced')

    expect(snapshotOf('wacht@example.nl')).toEqual(pendingBefore)
    // Pending is no subscription: Mailchimp mails the owner, who alone can confirm.
    expect(snapshotOf('omar@example.nl')).toEqual({ ...formerBefore, status: 'pending' })
  })

  it('still makes a new address a pending member with the name and interests given (double opt-in)', async () => {
    await post(strangerSignup('fatima@example.nl'))
    await until(async () => (await syncOf('fatima@example.nl'))?.mailchimpSync.state === 'synced')
    expect(snapshotOf('fatima@example.nl')).toEqual({
      status: 'pending',
      merge_fields: { FNAME: 'Aanvaller' },
      tags: ['buurtkrant', 'delfshaven', 'vrijwilligerswerk'],
    })
  })
})
