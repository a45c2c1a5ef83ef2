/**
 * The newsletter in the privacy tool (AVG), through Payload's real REST handler with real login
 * tokens and the official Mailchimp client against the fake: the export lists the address's
 * newsletter signups; the erasure deletes them and asks Mailchimp to delete the member for good,
 * only in the audiences of the editor's own wijken.
 */
import { handleEndpoints, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type FakeList, type FakeMailchimp, md5 } from '../helpers/fakeMailchimp'
import { startMailchimpWorld, stopMailchimpWorld } from '../helpers/mailchimpWorld'
import { until } from '../helpers/until'
import type { World } from '../helpers/world'

const API_KEY = 'abc123def456-us21'
const AUDIENCE_A = 'news0delfs'
const AUDIENCE_B = 'news0kanal'
const EMAIL = 'noor.jansen@example.nl'

let payload: Payload
let world: World
let fake: FakeMailchimp
let listA: FakeList
let listB: FakeList

const tokenOf = async (email: string) => (await payload.login({ collection: 'users', data: { email, password: 'correct-horse-battery' } })).token!

const asEditorA = async (method: 'GET' | 'DELETE') => {
  const request = new Request(`http://cms.test/api/privacy/${encodeURIComponent(EMAIL)}`, {
    method,
    headers: { Authorization: `JWT ${await tokenOf(world.users.editorA.email)}` },
  })
  const response = await handleEndpoints({ config: payload.config, request })
  return { status: response.status, json: (await response.json()) as Record<string, any> }
}

/** A signup as the endpoint stores it, and the member Mailchimp holds after the confirmation. */
const signedUp = async (tenant: number | string, audienceId: string) => {
  await payload.create({
    collection: 'newsletter-signups' as never,
    data: {
      tenant,
      email: EMAIL,
      name: 'Noor',
      interests: ['agenda'],
      consentAt: new Date().toISOString(),
      consentVersion: '1',
      consentText: 'Ja, stuur mij de nieuwsbrief.',
      mailchimpSync: { state: 'synced', attempts: 1 },
    } as never,
    overrideAccess: true,
  })
  fake.setMember(audienceId, EMAIL, 'subscribed', ['agenda'])
}

const signupsIn = async (tenant: number | string) =>
  (
    await payload.find({
      collection: 'newsletter-signups' as never,
      where: { and: [{ email: { equals: EMAIL } }, { tenant: { equals: tenant } }] },
      overrideAccess: true,
      depth: 0,
    })
  ).totalDocs

beforeAll(async () => {
  ;({ fake, payload, world } = await startMailchimpWorld({ apiKey: API_KEY, retryBaseMs: 100 }))
  listA = fake.addList(AUDIENCE_A)
  listB = fake.addList(AUDIENCE_B)
  await payload.update({ collection: 'wijken', id: world.wijkA.id, data: { mailchimp: { newsletterAudienceId: AUDIENCE_A } } as never, overrideAccess: true })
  await payload.update({ collection: 'wijken', id: world.wijkB.id, data: { mailchimp: { newsletterAudienceId: AUDIENCE_B } } as never, overrideAccess: true })
  await signedUp(world.wijkA.id, AUDIENCE_A)
  await signedUp(world.wijkB.id, AUDIENCE_B)
})
afterAll(() => stopMailchimpWorld(payload, fake))

describe('the newsletter in export and erasure', () => {
  it("exports the signups of the editor's own wijk, with the consent", async () => {
    const { status, json } = await asEditorA('GET')
    expect(status).toBe(200)
    expect(json.newsletterSignups).toHaveLength(1)
    expect(json.newsletterSignups[0]).toMatchObject({ email: EMAIL, consentText: 'Ja, stuur mij de nieuwsbrief.', tenant: world.wijkA.id })
  })

  it('erases the signup and has Mailchimp delete the member for good, in that wijk only', async () => {
    const { status, json } = await asEditorA('DELETE')
    expect(status).toBe(200)
    expect(json.deleted).toMatchObject({ 'newsletter-signups': 1, mailchimp: 1 })
    expect(await signupsIn(world.wijkA.id)).toBe(0)

    await until(() => listA.forgotten.has(md5(EMAIL)))
    expect(fake.member(AUDIENCE_A, EMAIL)).toBeUndefined()
    expect(fake.requests.some((r) => r.method === 'POST' && r.path.endsWith(`/lists/${AUDIENCE_A}/members/${md5(EMAIL)}/actions/delete-permanent`))).toBe(true)

    // The other wijk's consent record and member are not this editor's to erase.
    expect(await signupsIn(world.wijkB.id)).toBe(1)
    expect(fake.member(AUDIENCE_B, EMAIL)?.status).toBe('subscribed')
    expect(listB.forgotten.has(md5(EMAIL))).toBe(false)
  })

  it('erasing again finds nothing and asks Mailchimp nothing', async () => {
    const before = fake.requests.length
    const { json } = await asEditorA('DELETE')
    expect(json.deleted).toMatchObject({ 'newsletter-signups': 0, mailchimp: 0 })
    expect(fake.requests.length).toBe(before)
  })
})
