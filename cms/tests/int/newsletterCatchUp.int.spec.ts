/**
 * Signups stored while Mailchimp was not connected (no newsletter audience on the wijk, or no key
 * on the server) reach Mailchimp once the wijk is connected: when an editor sets the audience id
 * (the wijken afterChange hook) and when the CMS starts with a key (the onInit catch-up). Through
 * Payload's real REST handler and the official client against the fake Mailchimp; each signup is
 * queued once, whatever saves or catch-ups run at the same time, and other wijken are untouched.
 */
import { handleEndpoints, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { catchUpWaitingSignups } from '../../src/newsletter/catchUpWaitingSignups'
import type { FakeMailchimp } from '../helpers/fakeMailchimp'
import { startMailchimpWorld, stopMailchimpWorld } from '../helpers/mailchimpWorld'
import { until } from '../helpers/until'
import type { World } from '../helpers/world'

const API_KEY = 'abc123def456-us21'
const AUDIENCE_A = 'news0delfs'
const AUDIENCE_B = 'news0kanaal'
/** More than one round of the catch-up (it claims 100 signups at a time). */
const MANY = 120

let payload: Payload
let world: World
let fake: FakeMailchimp

type Signup = { id: number; email: string; tenant: number; mailchimpSync: { state: string; attempts: number; result: string | null } }
type Job = { input: { email: string; audienceId: string; tags: string[] } }

let ip = 0
const post = async (slug: string, fields: Record<string, string>) => {
  const headers = {
    'x-wijk-client-ip': `203.0.113.${ip++ % 250}`,
    origin: `http://${slug}.localhost`,
    'content-type': 'application/json',
    accept: 'application/json',
  }
  const body = JSON.stringify({ wijk: slug, consent: 'on', source: `http://${slug}.localhost/nieuwsbrief/`, ...fields })
  const response = await handleEndpoints({ config: payload.config, request: new Request('http://cms.test/api/nieuwsbrief', { method: 'POST', headers, body }) })
  return { status: response.status, message: (JSON.parse(await response.text()) as { message: string }).message }
}

const signupsOf = async (tenant: number) =>
  (await payload.find({ collection: 'newsletter-signups' as never, where: { tenant: { equals: tenant } }, overrideAccess: true, depth: 0, pagination: false }))
    .docs as unknown as Signup[]

const signupOf = async (email: string) =>
  (await payload.find({ collection: 'newsletter-signups' as never, where: { email: { equals: email } }, overrideAccess: true, depth: 0 }))
    .docs[0] as unknown as Signup

const subscribeJobs = async () =>
  (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'mailchimpWrite' } }, overrideAccess: true, depth: 0, pagination: false }))
    .docs as unknown as Job[]

const jobsFor = async (email: string) => (await subscribeJobs()).filter((job) => job.input.email === email)

/** Runs `step` as on a server without MAILCHIMP_API_KEY. */
const withoutKey = async (step: () => Promise<void>) => {
  const key = process.env.MAILCHIMP_API_KEY
  delete process.env.MAILCHIMP_API_KEY
  try {
    await step()
  } finally {
    process.env.MAILCHIMP_API_KEY = key
  }
}

/** A signup as the endpoint stores it without Mailchimp (quicker than posting many). */
const storeWaiting = (tenant: number, email: string) =>
  payload.create({
    collection: 'newsletter-signups' as never,
    data: {
      tenant,
      email,
      consentAt: new Date().toISOString(),
      consentVersion: 'nieuwsbrief-2026-11',
      mailchimpSync: { state: 'not-connected', attempts: 0 },
    } as never,
    overrideAccess: true,
  })

const tagsOf = (audience: string, email: string) => (fake.member(audience, email)?.tags ?? []).map((tag) => tag.name).sort()

beforeAll(async () => {
  ;({ fake, payload, world } = await startMailchimpWorld({ apiKey: API_KEY, retryBaseMs: 100 }))
  fake.addList(AUDIENCE_A)
  fake.addList(AUDIENCE_B)
})
afterAll(() => stopMailchimpWorld(payload, fake))

describe('signups stored while Mailchimp was not connected', () => {
  it('go to Mailchimp (pending, with their tags) once the editor sets the audience id; another wijk’s stay', async () => {
    // Neither wijk has a newsletter audience yet: the signups are stored and the resident is told so.
    for (const [slug, fields] of [
      ['delfshaven', { email: 'Fatima@Example.nl', name: 'Fatima', agenda: 'on', buurtkrant: 'on' }],
      ['delfshaven', { email: 'jan@example.nl' }],
      ['kanaleneiland', { email: 'piet@example.nl', name: 'Piet', vrijwilligerswerk: 'on' }],
    ] as const) {
      const answer = await post(slug, fields)
      expect(answer.status).toBe(200)
      expect(answer.message).toMatch(/aanmelding bewaard/)
    }
    for (const email of ['fatima@example.nl', 'jan@example.nl', 'piet@example.nl']) expect((await signupOf(email)).mailchimpSync.state).toBe('not-connected')
    expect(fake.requests).toEqual([])

    // Connecting a wijk to Mailchimp is an admin's (issue 15, finding 2).
    await payload.update({
      collection: 'wijken',
      id: world.wijkA.id,
      data: { mailchimp: { newsletterAudienceId: AUDIENCE_A } } as never,
      user: world.users.admin,
      overrideAccess: false,
    })

    await until(() => tagsOf(AUDIENCE_A, 'fatima@example.nl').length === 3 && tagsOf(AUDIENCE_A, 'jan@example.nl').length === 1)
    expect(fake.member(AUDIENCE_A, 'fatima@example.nl')).toMatchObject({ status: 'pending', merge_fields: { FNAME: 'Fatima' } })
    expect(tagsOf(AUDIENCE_A, 'fatima@example.nl')).toEqual(['agenda', 'buurtkrant', 'delfshaven'])
    expect(fake.member(AUDIENCE_A, 'jan@example.nl')).toMatchObject({ status: 'pending', merge_fields: {} })
    expect(tagsOf(AUDIENCE_A, 'jan@example.nl')).toEqual(['delfshaven'])
    // Double opt-in, as for a new signup: Mailchimp mails the confirmation.
    const puts = fake.requests.filter((request) => request.method === 'PUT')
    expect(puts).toHaveLength(2)
    for (const put of puts) {
      expect(put.body).toMatchObject({ status_if_new: 'pending' })
      expect(put.body).not.toHaveProperty('status')
    }
    await until(
      async () => (await signupOf('fatima@example.nl')).mailchimpSync.state === 'synced' && (await signupOf('jan@example.nl')).mailchimpSync.state === 'synced',
    )
    expect((await signupOf('fatima@example.nl')).mailchimpSync.result).toBe('new → pending')

    // Kanaleneiland has no audience: its signup waits, nothing of it went anywhere.
    expect((await signupOf('piet@example.nl')).mailchimpSync.state).toBe('not-connected')
    expect(await jobsFor('piet@example.nl')).toEqual([])
    expect(fake.member(AUDIENCE_A, 'piet@example.nl')).toBeUndefined()
    expect(fake.member(AUDIENCE_B, 'piet@example.nl')).toBeUndefined()
  })

  it('queues nothing new when the connected wijk is saved again', async () => {
    const before = (await subscribeJobs()).length
    const requests = fake.requests.length
    await payload.update({
      collection: 'wijken',
      id: world.wijkA.id,
      data: { tagline: 'Lokaal nieuws uit Delfshaven' } as never,
      user: world.users.editorA,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'wijken',
      id: world.wijkA.id,
      data: { mailchimp: { newsletterAudienceId: AUDIENCE_A } } as never,
      user: world.users.admin,
      overrideAccess: false,
    })
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect((await subscribeJobs()).length).toBe(before)
    expect(fake.requests.length).toBe(requests)
    expect(await jobsFor('fatima@example.nl')).toHaveLength(1)
    expect(await jobsFor('jan@example.nl')).toHaveLength(1)
  })

  it('go to Mailchimp at start-up with a key, however many are waiting', async () => {
    // The server has no key: a signup is stored, setting the audience id sends nothing yet.
    await withoutKey(async () => {
      expect((await post('kanaleneiland', { email: 'noor@example.nl', name: 'Noor', agenda: 'on' })).message).toMatch(/aanmelding bewaard/)
      for (let n = 0; n < MANY; n++) await storeWaiting(world.wijkB.id, `buur${n}@example.nl`)
      await payload.update({
        collection: 'wijken',
        id: world.wijkB.id,
        data: { mailchimp: { newsletterAudienceId: AUDIENCE_B } } as never,
        user: world.users.admin,
        overrideAccess: false,
      })
      expect(await catchUpWaitingSignups(payload)).toBe(0)
    })
    const waiting = await signupsOf(world.wijkB.id)
    expect(waiting).toHaveLength(MANY + 2)
    expect(waiting.every((signup) => signup.mailchimpSync.state === 'not-connected')).toBe(true)
    expect(await jobsFor('noor@example.nl')).toEqual([])

    // Started with the key (what onInit runs): every waiting signup is queued once, Delfshaven's sent ones not again.
    expect(await catchUpWaitingSignups(payload)).toBe(MANY + 2)
    const jobs = (await subscribeJobs()).filter((job) => job.input.audienceId === AUDIENCE_B)
    expect(jobs.map((job) => job.input.email).sort()).toEqual(waiting.map((signup) => signup.email).sort())
    expect(jobs.find((job) => job.input.email === 'piet@example.nl')!.input.tags).toEqual(['kanaleneiland', 'vrijwilligerswerk'])
    expect(await jobsFor('fatima@example.nl')).toHaveLength(1)

    await until(async () => (await signupsOf(world.wijkB.id)).every((signup) => signup.mailchimpSync.state === 'synced'), 90_000)
    expect(fake.member(AUDIENCE_B, 'noor@example.nl')).toMatchObject({ status: 'pending', merge_fields: { FNAME: 'Noor' } })
    expect(tagsOf(AUDIENCE_B, 'noor@example.nl')).toEqual(['agenda', 'kanaleneiland'])
    expect(tagsOf(AUDIENCE_B, 'piet@example.nl')).toEqual(['kanaleneiland', 'vrijwilligerswerk'])
    expect(fake.lists.get(AUDIENCE_B)!.members.size).toBe(MANY + 2)
    expect(await catchUpWaitingSignups(payload)).toBe(0)
  }, 180_000)

  it('are queued once when two catch-ups run at the same time', async () => {
    const emails = ['ali@example.nl', 'bea@example.nl', 'cor@example.nl']
    await withoutKey(async () => {
      for (const email of emails) expect((await post('delfshaven', { email })).message).toMatch(/aanmelding bewaard/)
    })
    const [first, second] = await Promise.all([catchUpWaitingSignups(payload), catchUpWaitingSignups(payload)])
    expect(first + second).toBe(emails.length)
    for (const email of emails) expect(await jobsFor(email)).toHaveLength(1)
    await until(() => emails.every((email) => fake.member(AUDIENCE_A, email)?.tags.length === 1))
  })
})
