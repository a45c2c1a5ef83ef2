import { JobCancelledError, type TaskConfig } from 'payload'

import { MAILCHIMP_ATTEMPTS, MAILCHIMP_TASK } from '../jobs/queues'
import { mailchimpClient } from './mailchimpClient'
import { describeMailchimpError, isPermanent, toMailchimpError } from './mailchimpError'
import { mailchimpRetryBaseMs } from './mailchimpSettings'
import { type MailchimpWrite, performMailchimpWrite } from './mailchimpWrite'
import { recordSyncState } from './recordSyncState'

/**
 * Performs one queued Mailchimp write. Mailchimp down, 429 or 5xx: the job is retried with
 * doubling waits. An error no retry fixes (400 invalid address, "Forgotten Email Not Subscribed",
 * unknown audience) ends the job as failed, with the error on the job and the tracked document.
 */
export const mailchimpWriteTask = (): TaskConfig => ({
  slug: MAILCHIMP_TASK as never,
  label: 'Mailchimp bijwerken',
  inputSchema: [
    { name: 'kind', type: 'text', required: true },
    { name: 'audienceId', type: 'text', required: true },
    { name: 'email', type: 'text', required: true },
    { name: 'mergeFields', type: 'json' },
    { name: 'body', type: 'json' },
    { name: 'tags', type: 'json' },
    { name: 'track', type: 'json' },
  ],
  outputSchema: [{ name: 'result', type: 'text' }],
  retries: { attempts: MAILCHIMP_ATTEMPTS, backoff: { type: 'exponential', delay: mailchimpRetryBaseMs() } },
  handler: async ({ input, job, req }) => {
    const write = input as MailchimpWrite
    const attempts = (job.totalTried ?? 0) + 1
    const track = write.track ?? null
    const client = mailchimpClient()
    if (!client) {
      // The key was removed after queueing: nothing can be sent; the job records why.
      if (track) await recordSyncState(req.payload, track, { state: 'not-connected', attempts })
      throw new JobCancelledError('Mailchimp is niet gekoppeld (MAILCHIMP_API_KEY ontbreekt).')
    }
    let result: string
    try {
      result = await performMailchimpWrite(client, write)
    } catch (caught) {
      const error = toMailchimpError(caught)
      const permanent = isPermanent(error)
      const state = permanent || attempts > MAILCHIMP_ATTEMPTS ? 'failed' : 'retrying'
      if (track) await recordSyncState(req.payload, track, { state, attempts, lastError: describeMailchimpError(error) })
      if (permanent) throw new JobCancelledError(describeMailchimpError(error))
      throw error
    }
    // Mailchimp has it: a failing state write must not fail the job (the write is idempotent, but why repeat it).
    if (track) {
      await recordSyncState(req.payload, track, { state: 'synced', attempts, lastError: null, syncedAt: new Date().toISOString(), result }).catch(
        (error: unknown) =>
          req.payload.logger.error({ err: error, msg: `Mailchimp write done, but its state was not recorded (${track.collection} ${track.id})` }),
      )
    }
    return { output: { result } }
  },
})
