/**
 * Newsletter signup through Payload's real REST handler (as `next start` calls it), with the
 * official Mailchimp client talking to a fake Mailchimp on loopback: a new address becomes a
 * pending member (double opt-in) tagged with the wijk and interests, consent is stored; already
 * subscribed gets the same answer and stays untouched, unsubscribed → pending again (name and tags
 * kept), invalid address; Mailchimp down or 429 loses nothing. The attacks on this form (telling who
 * is subscribed, rewriting a member) are in security/newsletterEnumeration.int.spec.ts.
 */
import { handleEndpoints, type Payload } from 'payload'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { FakeMailchimp } from '../helpers/fakeMailchimp'
import { startMailchimpWorld, stopMailchimpWorld } from '../helpers/mailchimpWorld'
import { until } from '../helpers/until'
import type { World } from '../helpers/world'

const API_KEY = 'abc123def456-us21'
const AUDIENCE = 'news0delfs'

let payload: Payload
let world: World
let fake: FakeMailchimp

let ip = 0
const post = async (fields: Record<string, string>, { form = false }: { form?: boolean } = {}) => {
  const headers: Record<string, string> = { 'x-wijk-client-ip': `198.51.100.${ip++ % 250}`, origin: 'http://delfshaven.localhost' }
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

const signup = (email: string, extra: Record<string, string> = {}) => ({
  email,
  name: 'Fatima',
  wijk: 'delfshaven',
  consent: 'on',
  source: 'http://delfshaven.localhost/nieuwsbrief/',
  ...extra,
})

const signupsOf = async (email: string) =>
  (await payload.find({ collection: 'newsletter-signups' as never, where: { email: { equals: email } }, overrideAccess: true, depth: 0, sort: 'createdAt' }))
    .docs as unknown as Array<{
    email: string
    interests: string[]
    consentAt: string
    consentVersion: string
    consentText: string
    sourcePage: string
    tenant: number
    mailchimpSync: { state: string; attempts: number; lastError: string | null; result: string | null }
  }>

const jobsOf = async () =>
  (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'mailchimpWrite' } }, overrideAccess: true, depth: 0, limit: 100 }))
    .docs as unknown as Array<{
    totalTried: number
    completedAt: string | null
    hasError: boolean
    input: { email: string }
  }>

beforeAll(async () => {
  ;({ fake, payload, world } = await startMailchimpWorld({ apiKey: API_KEY, retryBaseMs: 100 }))
  await payload.update({ collection: 'wijken', id: world.wijkA.id, data: { mailchimp: { newsletterAudienceId: AUDIENCE } } as never, overrideAccess: true })
})
afterAll(() => stopMailchimpWorld(payload, fake))
beforeEach(() => {
  fake.reset()
  fake.addList(AUDIENCE)
})

describe('POST /api/nieuwsbrief', () => {
  it('stores the consent and adds a pending member with the wijk and interests as tags', async () => {
    const answer = await post(signup('Fatima@Example.nl', { agenda: 'on', vrijwilligerswerk: 'on' }), { form: true })
    expect(answer.status).toBe(303)
    expect(answer.location).toBe('http://delfshaven.localhost/nieuwsbrief/bedankt/')

    const [stored] = await signupsOf('fatima@example.nl')
    expect(stored).toMatchObject({
      interests: ['agenda', 'vrijwilligerswerk'],
      consentVersion: 'nieuwsbrief-2026-11',
      sourcePage: 'http://delfshaven.localhost/nieuwsbrief/',
      tenant: world.wijkA.id,
    })
    expect(stored!.consentText).toMatch(/nieuwsbrief/)
    expect(Date.now() - new Date(stored!.consentAt).getTime()).toBeLessThan(60_000)

    await until(() => fake.member(AUDIENCE, 'fatima@example.nl')?.tags.length === 3)
    const member = fake.member(AUDIENCE, 'fatima@example.nl')!
    expect(member.status).toBe('pending')
    expect(member.merge_fields).toEqual({ FNAME: 'Fatima' })
    expect(member.tags.map((tag) => tag.name).sort()).toEqual(['agenda', 'delfshaven', 'vrijwilligerswerk'])
    // Every call was authorised with the key and went to the member's hash; the PUT asked for double opt-in.
    expect(fake.requests.every((request) => request.authorised)).toBe(true)
    const put = fake.requests.find((request) => request.method === 'PUT' && request.path.endsWith(member.id))!
    expect(put.path).toBe(`/3.0/lists/${AUDIENCE}/members/${member.id}`)
    expect(put.body).toMatchObject({ email_address: 'fatima@example.nl', status_if_new: 'pending' })
    expect(put.body).not.toHaveProperty('status')
    await until(async () => (await signupsOf('fatima@example.nl'))[0]!.mailchimpSync.state === 'synced')
    expect((await signupsOf('fatima@example.nl'))[0]!.mailchimpSync.result).toBe('new → pending')
  })

  it('answers someone already subscribed like anyone else and leaves the member as it was', async () => {
    // Before issue 15 (finding 6) this said "Je krijgt de nieuwsbrief al" and added the interest: it told
    // strangers who is subscribed and let them rewrite a member. Changes go through Mailchimp's own profile link.
    fake.setMember(AUDIENCE, 'sanne@example.nl', 'subscribed', ['delfshaven'])
    const answer = await post(signup('sanne@example.nl', { buurtkrant: 'on' }))
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.text)).toEqual({ ok: true, message: 'Bijna klaar: kijk in je mail en bevestig je aanmelding.' })
    await until(async () => (await signupsOf('sanne@example.nl'))[0]!.mailchimpSync.state === 'synced')
    expect((await signupsOf('sanne@example.nl'))[0]!.mailchimpSync.result).toBe('subscribed (unchanged)')
    expect(fake.member(AUDIENCE, 'sanne@example.nl')!.status).toBe('subscribed')
    expect(fake.member(AUDIENCE, 'sanne@example.nl')!.tags.map((tag) => tag.name)).toEqual(['delfshaven'])
    // A plain form post goes to the same "check your mail" thank-you page as a new address's.
    const form = await post(signup('sanne@example.nl'), { form: true })
    expect(form.status).toBe(303)
    expect(form.location).toBe('http://delfshaven.localhost/nieuwsbrief/bedankt/')
  })

  it('sets someone who unsubscribed back to pending, so Mailchimp asks them to confirm again; name and tags stay', async () => {
    fake.setMember(AUDIENCE, 'omar@example.nl', 'unsubscribed', ['delfshaven'])
    const answer = await post(signup('omar@example.nl'))
    expect(JSON.parse(answer.text)).toEqual({ ok: true, message: 'Bijna klaar: kijk in je mail en bevestig je aanmelding.' })
    await until(() => fake.member(AUDIENCE, 'omar@example.nl')!.status === 'pending')
    const put = fake.requests.find((request) => request.method === 'PUT' && request.path.endsWith(fake.member(AUDIENCE, 'omar@example.nl')!.id))!
    expect(put.body).toMatchObject({ status: 'pending', status_if_new: 'pending' })
    expect(put.body).not.toHaveProperty('merge_fields')
    await until(async () => (await signupsOf('omar@example.nl'))[0]!.mailchimpSync.result === 'unsubscribed → pending')
    expect(fake.member(AUDIENCE, 'omar@example.nl')!.tags.map((tag) => tag.name)).toEqual(['delfshaven'])
  })

  it('refuses an invalid address with a Dutch message and stores nothing', async () => {
    const answer = await post(signup('fatima@@example'))
    expect(answer.status).toBe(400)
    expect(JSON.parse(answer.text).errors.email).toBe('Dit e-mailadres klopt niet. Vul een geldig adres in, bijvoorbeeld naam@voorbeeld.nl.')
    expect(await signupsOf('fatima@@example')).toEqual([])
    const noConsent = await post(signup('karin@example.nl', { consent: '' }))
    expect(noConsent.status).toBe(400)
    expect(await signupsOf('karin@example.nl')).toEqual([])
  })

  it('records an address Mailchimp refuses for good (forgotten contact) as failed, without retrying', async () => {
    fake.forget(AUDIENCE, 'vergeten@example.nl')
    expect((await post(signup('vergeten@example.nl'))).status).toBe(200)
    await until(async () => (await signupsOf('vergeten@example.nl'))[0]!.mailchimpSync.state === 'failed')
    expect((await signupsOf('vergeten@example.nl'))[0]!.mailchimpSync.lastError).toMatch(/^400 Forgotten Email Not Subscribed/)
    const job = (await jobsOf()).find((candidate) => candidate.input.email === 'vergeten@example.nl')!
    expect(job.hasError).toBe(true)
    expect(job.totalTried).toBeLessThanOrEqual(1)
  })

  it('keeps the signup when Mailchimp is down and delivers it after recovery', async () => {
    fake.setDown(true)
    const started = Date.now()
    const answer = await post(signup('bram@example.nl', { agenda: 'on' }))
    expect(answer.status).toBe(200)
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(await signupsOf('bram@example.nl')).toHaveLength(1)
    await until(async () => (await signupsOf('bram@example.nl'))[0]!.mailchimpSync.state === 'retrying')
    expect((await signupsOf('bram@example.nl'))[0]!.mailchimpSync.lastError).toMatch(/niet bereikbaar/)
    fake.setDown(false)
    await until(() => fake.member(AUDIENCE, 'bram@example.nl')?.tags.length === 2)
    expect(fake.member(AUDIENCE, 'bram@example.nl')!.status).toBe('pending')
    await until(async () => (await signupsOf('bram@example.nl'))[0]!.mailchimpSync.state === 'synced')
    const job = (await jobsOf()).find((candidate) => candidate.input.email === 'bram@example.nl')!
    expect(job.totalTried).toBeGreaterThanOrEqual(1)
  })

  it('retries after a 429 (rate limit) and then succeeds', async () => {
    // The job's first two calls are refused; a retry goes through.
    fake.failNext(2, 429)
    expect((await post(signup('lotte@example.nl'))).status).toBe(200)
    await until(() => fake.member(AUDIENCE, 'lotte@example.nl')?.status === 'pending')
    expect(fake.requests.filter((request) => request.method === 'GET').length).toBeGreaterThanOrEqual(2)
    await until(async () => (await signupsOf('lotte@example.nl'))[0]!.mailchimpSync.state === 'synced')
    expect((await signupsOf('lotte@example.nl'))[0]!.mailchimpSync.attempts).toBeGreaterThanOrEqual(2)
  })

  it('stores the signup and says so plainly when the wijk has no newsletter audience', async () => {
    const answer = await post({ ...signup('ans@example.nl'), wijk: 'kanaleneiland' })
    expect(answer.status).toBe(403)
    await payload.update({ collection: 'wijken', id: world.wijkA.id, data: { mailchimp: { newsletterAudienceId: '' } } as never, overrideAccess: true })
    try {
      const stored = await post(signup('ans@example.nl'))
      expect(JSON.parse(stored.text).message).toMatch(/aanmelding bewaard/)
      expect((await signupsOf('ans@example.nl'))[0]!.mailchimpSync.state).toBe('not-connected')
      expect(fake.requests).toEqual([])
    } finally {
      await payload.update({ collection: 'wijken', id: world.wijkA.id, data: { mailchimp: { newsletterAudienceId: AUDIENCE } } as never, overrideAccess: true })
    }
  })
})
