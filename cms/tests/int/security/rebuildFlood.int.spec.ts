/**
 * Issue 15, finding 10: a writer could trigger endless rebuilds by re-saving a published post
 * (every save moved updatedAt, and every such save sent a publish webhook).
 *
 * A save that changes nothing on the site sends no webhook; the rebuilds one account's saves
 * start are limited (BUILD_WEBHOOKS_PER_ACCOUNT, default 30 per 10 minutes), beyond which the wijk gets one deferred rebuild that
 * carries the last state. Through Payload's REST handler, with the fake builder as the receiver.
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { WEBHOOK_QUEUE } from '../../../src/jobs/queues'
import { accountRebuildLimit } from '../../../src/webhook/accountRebuildLimit'
import { runWebhookJobs } from '../../../src/webhook/runWebhookJobs'
import { createActor } from '../../helpers/actors'
import { type FakeBuilder, startFakeBuilder } from '../../helpers/fakeBuilder'
import { startPayload } from '../../helpers/payload'
import { restApi } from '../../helpers/restApi'
import { buildWorld, type World } from '../../helpers/world'

let payload: Payload
let world: World
let builder: FakeBuilder
let rest: ReturnType<typeof restApi>
/** What the builder would read when a webhook arrives: the event's public title at that moment. */
let readBack: (() => Promise<unknown>) | null = null

beforeAll(async () => {
  builder = await startFakeBuilder({ secret: process.env.WEBHOOK_SECRET!, onWebhook: async () => readBack?.() })
  process.env.BUILDER_URL = builder.url
  payload = await startPayload()
  world = await buildWorld(payload)
  rest = restApi(payload)
})
afterAll(async () => {
  vi.useRealTimers()
  await payload?.destroy()
  await builder?.stop()
})

/** Build webhooks queued so far: a save's job is written in its own transaction, so this is exact once the save answered. */
const queuedWebhooks = async () =>
  (await payload.count({ collection: 'payload-jobs', where: { queue: { equals: WEBHOOK_QUEUE } }, overrideAccess: true })).totalDocs

const patch = async (collection: string, id: number, as: string, json: Record<string, unknown>) => {
  const answer = await rest('PATCH', `/${collection}/${id}`, { as, json })
  expect(answer.status, JSON.stringify(answer.body)).toBe(200)
  return answer
}

describe('finding 10: re-saving does not rebuild', () => {
  it('an unchanged re-save of a published event, article or post sends no webhook; a real change sends one', async () => {
    const { editorA, otherWriterA } = world.users
    await payload.update({
      collection: 'articles',
      id: world.articleOfWriterA.id,
      data: { editorialStatus: 'published', _status: 'published' } as never,
      overrideAccess: true,
    })
    await payload.update({ collection: 'posts', id: world.postOfOtherWriterA.id, data: { editorialStatus: 'published' }, overrideAccess: true })
    const before = await queuedWebhooks()

    await patch('events', world.eventA1.id, editorA.email, { title: world.eventA1.title })
    await patch('articles', world.articleOfWriterA.id, editorA.email, { title: world.articleOfWriterA.title })
    await patch('posts', world.postOfOtherWriterA.id, otherWriterA.email, { body: world.postOfOtherWriterA.body })
    expect(await queuedWebhooks()).toBe(before)

    await patch('events', world.eventA1.id, editorA.email, { title: 'Buurtmaaltijd De Kabel, nu met soep' })
    expect(await queuedWebhooks()).toBe(before + 1)
  })

  it('50 no-op saves of a published post by its writer send none', async () => {
    const { otherWriterA } = world.users
    const before = await queuedWebhooks()
    for (let i = 0; i < 50; i++) await patch('posts', world.postOfOtherWriterA.id, otherWriterA.email, { body: world.postOfOtherWriterA.body })
    expect(await queuedWebhooks()).toBe(before)
  })

  it('a burst of real changes by one account sends a bounded number of webhooks, and the last state goes live', async () => {
    const editor = await createActor(payload, 'editor', [world.wijkA.id])
    const id = world.eventA2.id
    const ACCOUNT_REBUILDS = accountRebuildLimit()
    const burst = ACCOUNT_REBUILDS.max + 15
    const queuedBefore = await queuedWebhooks()
    const deliveredBefore = builder.attempts.length

    for (let i = 1; i <= burst; i++) await patch('events', id, editor.email, { title: `Taalcafé, versie ${i}` })
    // Up to the limit at once, then one deferred rebuild for the wijk, however many saves follow.
    expect(await queuedWebhooks()).toBe(queuedBefore + ACCOUNT_REBUILDS.max + 1)
    const deferred = { and: [{ queue: { equals: WEBHOOK_QUEUE } }, { waitUntil: { greater_than: new Date().toISOString() } }] }
    const [deferredJob] = (await payload.find({ collection: 'payload-jobs', where: deferred as never, overrideAccess: true, depth: 0 })).docs
    expect((await payload.count({ collection: 'payload-jobs', where: deferred as never, overrideAccess: true })).totalDocs).toBe(1)

    // The account's window ends: the sweep's runs find the deferred rebuild due (driven here, with the clock moved on).
    let seen: unknown
    readBack = async () => (seen = (await payload.findByID({ collection: 'events', id, overrideAccess: true, depth: 0 })).title)
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + ACCOUNT_REBUILDS.windowMs + 60_000)
    const done = async () => Boolean((await payload.findByID({ collection: 'payload-jobs', id: deferredJob!.id, overrideAccess: true, depth: 0 })).completedAt)
    for (let pass = 0; pass < 10 && !(await done()); pass++) await runWebhookJobs(payload)
    vi.useRealTimers()
    expect(await done()).toBe(true)
    // Every webhook of the burst came from a queued job: at most the limit plus the one deferred rebuild.
    const ofBurst = builder.attempts.slice(deliveredBefore).filter((attempt) => attempt.request.id === String(id))
    expect(ofBurst).toHaveLength(ACCOUNT_REBUILDS.max + 1)
    expect(builder.attempts.at(-1)!.request).toEqual({ wijk: 'delfshaven', reason: 'publish', collection: 'events', id: String(id) })
    expect(seen).toBe(`Taalcafé, versie ${burst}`)
    readBack = null
  })
})
