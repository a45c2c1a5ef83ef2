import { handleEndpoints, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createActor } from '../helpers/actors'
import { type FakeBuilder, settle, startFakeBuilder } from '../helpers/fakeBuilder'
import { startPayloadWorld } from '../helpers/payload'
import type { World } from '../helpers/world'

let payload: Payload
let world: World
let builder: FakeBuilder

beforeAll(async () => {
  builder = await startFakeBuilder({ secret: process.env.WEBHOOK_SECRET! })
  ;({ payload, world } = await startPayloadWorld())
  process.env.BUILDER_URL = builder.url
})
afterAll(async () => {
  await payload?.destroy()
  await builder?.stop()
})

const tokenOf = async (email: string) => (await payload.login({ collection: 'users', data: { email, password: 'correct-horse-battery' } })).token!

/** Through Payload's REST handler, with a real login token: the same path the admin's button takes. */
const rebuild = async (wijkId: number | string, email?: string) => {
  const headers: Record<string, string> = email ? { Authorization: `JWT ${await tokenOf(email)}` } : {}
  const request = new Request(`http://cms.test/api/wijken/${wijkId}/rebuild`, { method: 'POST', headers })
  const response = await handleEndpoints({ config: payload.config, request })
  return { status: response.status, body: (await response.json()) as { message: string } }
}

describe('POST /api/wijken/:id/rebuild', () => {
  it('an admin queues a manual build webhook, delivered signed', async () => {
    const before = builder.attempts.length
    const { status, body } = await rebuild(world.wijkA.id, world.users.admin.email)
    expect(status).toBe(202)
    expect(body.message).toMatch(/opnieuw gebouwd/)
    await builder.waitForAttempts(before + 1)
    expect(builder.attempts.at(-1)!.request).toEqual({ wijk: 'delfshaven', reason: 'manual', collection: 'wijken', id: String(world.wijkA.id) })
    expect(builder.attempts.at(-1)!.verdict.ok).toBe(true)
  })

  it('the redactie of this wijk may; of another wijk, writers and partners may not', async () => {
    expect((await rebuild(world.wijkA.id, world.users.editorA.email)).status).toBe(202)
    const refused = await rebuild(world.wijkA.id, world.users.editorB.email)
    expect(refused.status).toBe(403)
    expect(refused.body.message).toMatch(/redactie van deze wijk/)
    expect((await rebuild(world.wijkA.id, world.users.writerA.email)).status).toBe(403)
    expect((await rebuild(world.wijkA.id, world.users.partnerA.email)).status).toBe(403)
  })

  it('anonymous requests get 401', async () => {
    expect((await rebuild(world.wijkA.id)).status).toBe(401)
  })

  it('rejects malformed and unknown wijk ids', async () => {
    expect((await rebuild('1%20or%201', world.users.admin.email)).status).toBe(400)
    expect((await rebuild(99_999, world.users.admin.email)).status).toBe(404)
  })

  it('limits each person to a few rebuilds a minute, in Dutch', async () => {
    const editor = await createActor(payload, 'editor', [world.wijkB.id])
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) statuses.push((await rebuild(world.wijkB.id, editor.email)).status)
    expect(statuses).toEqual([202, 202, 202, 429])
    expect((await rebuild(world.wijkB.id, editor.email)).body.message).toMatch(/Wacht een minuut/)
    await settle()
  })
})
