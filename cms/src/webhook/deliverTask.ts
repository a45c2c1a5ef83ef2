import type { TaskConfig } from 'payload'

import { BUILD_REASONS, type BuildRequest } from '@wijk/shared/webhook'

import { builderUrl, secret, webhookRetryBaseMs } from '../env'
import { WEBHOOK_ATTEMPTS, WEBHOOK_TASK } from '../jobs/queues'
import { sendWebhook } from './sendWebhook'

/** The job id names the delivery: stable across retries, unique per delivery. */
const webhookIdOf = (jobId: number | string) => `msg_${jobId}`

/**
 * Delivers one build request to the builder. The job row is written in the same transaction as
 * the content change, so a change that rolls back never delivers (see queueBuildWebhook).
 */
export const deliverBuildWebhookTask = (): TaskConfig => ({
  slug: WEBHOOK_TASK,
  label: 'Bouwverzoek naar de sitebouwer',
  inputSchema: [
    { name: 'wijk', type: 'text', required: true },
    { name: 'reason', type: 'select', options: [...BUILD_REASONS], required: true },
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text' },
  ],
  outputSchema: [{ name: 'status', type: 'number' }],
  retries: { attempts: WEBHOOK_ATTEMPTS, backoff: { type: 'exponential', delay: webhookRetryBaseMs() } },
  handler: async ({ input, job }) => {
    const url = builderUrl()
    if (!url) return { output: { status: 0 } }
    const { wijk, reason, collection, id } = input as BuildRequest & { id: string | null }
    const status = await sendWebhook(url, secret('WEBHOOK_SECRET'), webhookIdOf(job.id), { wijk, reason, collection, id: id ?? null })
    return { output: { status } }
  },
})
