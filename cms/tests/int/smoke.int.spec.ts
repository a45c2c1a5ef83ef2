import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload } from '../helpers/payload'
import { buildWorld } from '../helpers/world'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await payload.destroy()
})

describe('world', () => {
  it('builds', async () => {
    const world = await buildWorld(payload)
    expect(world.orgA1.slug).toBe('buurthuis-de-kabel')
  })
})
