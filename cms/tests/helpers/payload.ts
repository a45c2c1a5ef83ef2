import type { Payload } from 'payload'

import { getPayload } from 'payload'

import { buildWorld } from './world'

/** The real Payload app (Local API) on this test file's own SQLite database, migrated. */
export const startPayload = async (): Promise<Payload> => {
  const { default: config } = await import('../../src/payload.config')
  return getPayload({ config })
}

/** Payload and the two-wijk world most test files start from (`({ payload, world } = await startPayloadWorld())`). */
export const startPayloadWorld = async () => {
  const payload = await startPayload()
  return { payload, world: await buildWorld(payload) }
}
