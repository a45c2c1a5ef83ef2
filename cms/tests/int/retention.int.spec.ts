/**
 * AVG retention: finished background jobs are removed after JOBS_RETENTION_DAYS (30), aanvragen
 * after REQUESTS_RETENTION_DAYS (365), and an erasure also removes the finished mail and Mailchimp
 * jobs about the address. Real Payload on SQLite; jobs are queued and run by the real job runner,
 * then made "old" by updating their dates through the Local API.
 */
import { handleEndpoints, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runQueue } from '../../src/jobs/jobRunner'
import { MAIL_QUEUE, MAIL_TASK, MAILCHIMP_QUEUE, MAILCHIMP_TASK, WEBHOOK_QUEUE, WEBHOOK_TASK } from '../../src/jobs/queues'
import { runRetention } from '../../src/privacy/retention/runRetention'
import { recentDeliveries } from '../../src/webhook/recentDeliveries'
import type { Actor } from '../helpers/actors'
import { startPayloadWorld } from '../helpers/payload'
import type { World } from '../helpers/world'

let payload: Payload
let world: World

beforeAll(async () => {
  delete process.env.MAILCHIMP_API_KEY // a Mailchimp write then ends as failed for good ("niet gekoppeld")
  ;({ payload, world } = await startPayloadWorld())
})
afterAll(async () => payload?.destroy())

const DAY = 86_400_000
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString()

type Job = { id: number; createdAt: string; completedAt?: string | null; hasError?: boolean | null; processing?: boolean | null }

const job = async (id: number | string) =>
  (await payload.findByID({ collection: 'payload-jobs', id, overrideAccess: true, disableErrors: true, depth: 0 })) as unknown as Job | null

const exists = async (collection: 'payload-jobs' | 'requests', id: number | string) =>
  Boolean(await payload.findByID({ collection, id, overrideAccess: true, disableErrors: true, depth: 0 }))

/** The id of a job `payload.jobs.queue` wrote (its type is `never` for tasks named at run time). */
const idOf = (queued: unknown) => (queued as { id: number }).id

/** Queues a job the way the CMS does and lets the real runner finish it (completed, or failed for good). */
const finishedJob = async (task: string, queue: string, input: Record<string, unknown>): Promise<number> => {
  const id = idOf(await payload.jobs.queue({ task: task as never, queue, input: input as never }))
  await runQueue(payload, queue)
  const done = await job(id)
  expect(done?.completedAt || done?.hasError).toBeTruthy()
  return id
}

const mailJob = (to: string, extra: Record<string, unknown> = {}) =>
  finishedJob(MAIL_TASK, MAIL_QUEUE, { to, subject: 'Bevestiging', text: 'Bedankt voor je aanvraag.', html: '<p>Bedankt voor je aanvraag.</p>', ...extra })

const mailchimpJob = (email: string) => finishedJob(MAILCHIMP_TASK, MAILCHIMP_QUEUE, { kind: 'archive', audienceId: 'aud-1', email })

const deliveryJob = (wijk: string) => finishedJob(WEBHOOK_TASK, WEBHOOK_QUEUE, { wijk, reason: 'publish', collection: 'events', id: '1' })

/** A job that is still waiting for its next attempt (as after a failed try). */
const pendingMailJob = async (to: string) => {
  const queued = await payload.jobs.queue({
    task: MAIL_TASK as never,
    queue: MAIL_QUEUE,
    input: { to, subject: 'Later', text: 'Later.', html: '<p>Later.</p>' } as never,
    waitUntil: new Date(Date.now() + 7 * DAY),
  })
  return idOf(queued)
}

/** Makes a job look as if it was queued (and, when it finished, finished) `days` ago. */
const ageJob = async (id: number, days: number) => {
  const current = await job(id)
  const data: Record<string, unknown> = { createdAt: daysAgo(days) }
  if (current?.completedAt) data.completedAt = daysAgo(days)
  await payload.update({ collection: 'payload-jobs', id, data: data as never, overrideAccess: true })
  const aged = await job(id)
  expect(aged?.createdAt).toBe(data.createdAt)
  if (data.completedAt) expect(aged?.completedAt).toBe(data.completedAt)
}

describe('retention of finished jobs', () => {
  it('removes completed and failed jobs finished more than 30 days ago; younger ones stay', async () => {
    const oldMail = await mailJob('oud@example.nl')
    const youngMail = await mailJob('jong@example.nl')
    const oldFailed = await mailchimpJob('oud@example.nl')
    const youngFailed = await mailchimpJob('jong@example.nl')
    expect((await job(oldFailed))?.hasError).toBe(true)
    await ageJob(oldMail, 31)
    await ageJob(youngMail, 29)
    await ageJob(oldFailed, 31)
    await ageJob(youngFailed, 29)

    const result = await runRetention(payload)
    expect(result).not.toBeNull()
    expect(result!.jobs).toBeGreaterThanOrEqual(2)
    expect(await exists('payload-jobs', oldMail)).toBe(false)
    expect(await exists('payload-jobs', oldFailed)).toBe(false)
    expect(await exists('payload-jobs', youngMail)).toBe(true)
    expect(await exists('payload-jobs', youngFailed)).toBe(true)
  })

  it('keeps pending jobs whatever their age', async () => {
    const pending = await pendingMailJob('wacht@example.nl')
    await ageJob(pending, 400)
    expect(await runRetention(payload)).not.toBeNull()
    const kept = await job(pending)
    expect(kept).toMatchObject({ completedAt: null, hasError: false })
  })

  it('honours JOBS_RETENTION_DAYS', async () => {
    const mail = await mailJob('tien@example.nl')
    await ageJob(mail, 10)
    process.env.JOBS_RETENTION_DAYS = '7'
    try {
      expect(await runRetention(payload)).not.toBeNull()
    } finally {
      delete process.env.JOBS_RETENTION_DAYS
    }
    expect(await exists('payload-jobs', mail)).toBe(false)
  })

  it('keeps the newest five build-webhook deliveries of every wijk, however old', async () => {
    const slugA = world.wijkA.slug as string
    const slugB = world.wijkB.slug as string
    const deliveriesA: number[] = []
    for (let i = 0; i < 7; i += 1) deliveriesA.push(await deliveryJob(slugA))
    // Queued 100, 99, … 94 days ago: the last five are the newest.
    for (const [i, id] of deliveriesA.entries()) await ageJob(id, 100 - i)
    const onlyOfB = await deliveryJob(slugB)
    await ageJob(onlyOfB, 200)

    expect(await runRetention(payload)).not.toBeNull()
    expect(await exists('payload-jobs', deliveriesA[0]!)).toBe(false)
    expect(await exists('payload-jobs', deliveriesA[1]!)).toBe(false)
    for (const id of deliveriesA.slice(2)) expect(await exists('payload-jobs', id)).toBe(true)
    expect(await exists('payload-jobs', onlyOfB)).toBe(true)
    // What the wijk's edit view shows is still all there.
    const shown = await recentDeliveries(payload, slugA)
    expect(shown.map((delivery) => Number(delivery.id)).sort()).toEqual(deliveriesA.slice(2).sort())
    expect(shown.every((delivery) => delivery.state === 'delivered')).toBe(true)
  })
})

describe('a failing pass', () => {
  it('logs and resolves to null instead of throwing (an invalid clock makes the cut-off date fail)', async () => {
    const errors: unknown[] = []
    const error = payload.logger.error.bind(payload.logger)
    payload.logger.error = ((entry: unknown) => void errors.push(entry)) as typeof payload.logger.error
    try {
      await expect(runRetention(payload, new Date(Number.NaN))).resolves.toBeNull()
    } finally {
      payload.logger.error = error
    }
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ msg: expect.stringMatching(/Retention pass failed/) })
  })
})

describe('retention of aanvragen', () => {
  const storeRequest = async (name: string) =>
    (
      await payload.create({
        collection: 'requests',
        data: {
          tenant: world.wijkA.id,
          kind: 'volunteer',
          name,
          email: `${name.toLowerCase()}@example.nl`,
          organisation: world.orgA1.id,
          consentAt: new Date().toISOString(),
        } as never,
        overrideAccess: true,
      })
    ).id

  const ageRequest = async (id: number, days: number) => {
    const createdAt = daysAgo(days)
    await payload.update({ collection: 'requests', id, data: { createdAt } as never, overrideAccess: true })
    expect((await payload.findByID({ collection: 'requests', id, overrideAccess: true, depth: 0 })).createdAt).toBe(createdAt)
  }

  it('removes aanvragen that came in more than a year ago; younger ones stay', async () => {
    const old = await storeRequest('Oud')
    const almostAYear = await storeRequest('Bijna')
    const fresh = await storeRequest('Nieuw')
    await ageRequest(old, 366)
    await ageRequest(almostAYear, 364)

    const result = await runRetention(payload)
    expect(result!.requests).toBeGreaterThanOrEqual(1)
    expect(await exists('requests', old)).toBe(false)
    expect(await exists('requests', almostAYear)).toBe(true)
    expect(await exists('requests', fresh)).toBe(true)
    expect(await exists('requests', world.requestToA1.id)).toBe(true)
  })
})

describe('erasure removes the finished mail and Mailchimp jobs of the address', () => {
  const tokenOf = async (email: string) => (await payload.login({ collection: 'users', data: { email, password: 'correct-horse-battery' } })).token!

  const erase = async (address: string, as: Actor) => {
    const request = new Request(`http://cms.test/api/privacy/${encodeURIComponent(address)}`, {
      method: 'DELETE',
      headers: { Authorization: `JWT ${await tokenOf(as.email)}` },
    })
    const response = await handleEndpoints({ config: payload.config, request })
    return { status: response.status, body: (await response.json()) as Record<string, unknown> }
  }

  it('removes them in any letter case, also where the address is the reply-to or quoted in the text; another address keeps its jobs', async () => {
    const toHer = await mailJob('Amira@Example.nl')
    const aboutHer = await mailJob('organisatie@example.nl', { replyTo: 'amira@example.nl', text: 'Naam: Amira\nE-mail: amira@example.nl' })
    const quotingHer = await mailJob('redactie@example.nl', { text: 'Vraag van AMIRA@example.nl over de buurtmaaltijd.' })
    const herMailchimp = await mailchimpJob('amira@example.nl')

    const toOther = await mailJob('bram@example.nl')
    const lookalike = await mailJob('redactie@example.nl', { text: 'Van samira@example.nl en amira@example.nl.com.' })
    const otherMailchimp = await mailchimpJob('bram@example.nl')
    const otherPending = await pendingMailJob('bram@example.nl')

    const { status, body } = await erase('amira@example.nl', world.users.editorA)
    expect(status).toBe(200)
    expect(body).toMatchObject({ deleted: { 'payload-jobs': 4 } })
    for (const id of [toHer, aboutHer, quotingHer, herMailchimp]) expect(await exists('payload-jobs', id)).toBe(false)
    for (const id of [toOther, lookalike, otherMailchimp, otherPending]) expect(await exists('payload-jobs', id)).toBe(true)

    // Nothing of hers is left to remove.
    expect((await erase('amira@example.nl', world.users.editorA)).body).toMatchObject({ deleted: { 'payload-jobs': 0 } })
  })
})
