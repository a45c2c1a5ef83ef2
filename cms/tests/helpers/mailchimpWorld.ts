import type { Payload } from 'payload'

import { type FakeMailchimp, startFakeMailchimp } from './fakeMailchimp'
import { startPayloadWorld } from './payload'

/**
 * The fake Mailchimp on loopback, the environment that points the official client at it (set before
 * Payload starts, which reads it), and Payload with the two-wijk test world.
 */
export const startMailchimpWorld = async ({ apiKey, retryBaseMs }: { apiKey: string; retryBaseMs: number }) => {
  const fake = await startFakeMailchimp({ apiKey })
  process.env.MAILCHIMP_API_KEY = apiKey
  process.env.MAILCHIMP_BASE_URL = fake.baseUrl
  process.env.MAILCHIMP_RETRY_BASE_MS = String(retryBaseMs)
  return { fake, ...(await startPayloadWorld()) }
}

export const stopMailchimpWorld = async (payload: Payload | undefined, fake: FakeMailchimp | undefined) => {
  await payload?.destroy()
  await fake?.stop()
}
