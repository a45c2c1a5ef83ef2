import type { PayloadRequest } from 'payload'

import type { BuildRequest } from '@wijk/shared/webhook'

import { builderUrl } from '../env'
import { afterCommit } from './afterCommit'
import { WEBHOOK_QUEUE, WEBHOOK_TASK } from './queue'
import { runWebhookJobs } from './runWebhookJobs'
import { wijkSlugOf } from './wijkSlugOf'

/**
 * Queues a build request inside the request's transaction and sends it as soon as that commits.
 * Writing the job with `req` is what makes a rolled-back change never send anything; running it
 * after commit is what lets the builder read the change back at once.
 */
export const queueBuildWebhook = async (req: PayloadRequest, request: BuildRequest): Promise<void> => {
  if (!builderUrl()) return
  await req.payload.jobs.queue({
    task: WEBHOOK_TASK as never,
    queue: WEBHOOK_QUEUE,
    input: { ...request, id: request.id === null ? null : String(request.id) } as never,
    req,
  })
  await afterCommit(req, () => void runWebhookJobs(req.payload))
}

/** The same for a document of a wijk: its tenant names the wijk. A document without one sends nothing. */
export const queueBuildWebhookForTenant = async (req: PayloadRequest, tenant: unknown, change: Omit<BuildRequest, 'wijk'>): Promise<void> => {
  const wijk = await wijkSlugOf(req, tenant)
  if (wijk) await queueBuildWebhook(req, { wijk, ...change })
}
