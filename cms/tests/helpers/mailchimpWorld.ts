import type { Payload } from 'payload'

import { type FakeMailchimp, startFakeMailchimp } from './fakeMailchimp'
import { startJobSweep } from '../../src/jobs/jobSweep'
import { startPayloadWorld } from './payload'

/**
 * The fake Mailchimp on loopback, the environment that points the official client at it (set before
 * Payload starts, which reads it), and Payload with the two-wijk test world. These tests play the
 * server, so the job sweep runs (Mailchimp retries).
 */
export const startMailchimpWorld = async ({ apiKey, retryBaseMs }: { apiKey: string; retryBaseMs: number }) => {
  const fake = await startFakeMailchimp({ apiKey })
  process.env.MAILCHIMP_API_KEY = apiKey
  process.env.MAILCHIMP_BASE_URL = fake.baseUrl
  process.env.MAILCHIMP_RETRY_BASE_MS = String(retryBaseMs)
  const started = await startPayloadWorld()
  startJobSweep(started.payload)
  return { fake, ...started }
}

export const stopMailchimpWorld = async (payload: Payload | undefined, fake: FakeMailchimp | undefined) => {
  await payload?.destroy()
  await fake?.stop()
}
