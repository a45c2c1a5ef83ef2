import type { Payload } from 'payload'

import { getPayload } from 'payload'

/** The real Payload app (Local API) on this test file's own SQLite database, migrated. */
export const startPayload = async (): Promise<Payload> => {
  const { default: config } = await import('../../src/payload.config')
  return getPayload({ config })
}
