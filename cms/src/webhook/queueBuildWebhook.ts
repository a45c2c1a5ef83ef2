import type { PayloadRequest } from 'payload'

import type { BuildRequest } from '@wijk/shared/webhook'

import { builderUrl } from '../env'
import { afterCommit } from '../jobs/afterCommit'
import { WEBHOOK_QUEUE, WEBHOOK_TASK } from '../jobs/queues'
import { rebuildTiming, rememberDeferred } from './accountRebuildLimit'
import { runWebhookJobs } from './runWebhookJobs'
import { wijkSlugOf } from './wijkSlugOf'

/**
 * Queues a build request inside the request's transaction and sends it as soon as that commits.
 * Writing the job with `req` is what makes a rolled-back change never send anything; running it
 * after commit is what lets the builder read the change back at once.
 */
export const queueBuildWebhook = async (req: PayloadRequest, request: BuildRequest, waitUntil?: Date): Promise<void> => {
  if (!builderUrl()) return
  await req.payload.jobs.queue({
    task: WEBHOOK_TASK as never,
    queue: WEBHOOK_QUEUE,
    input: { ...request, id: request.id === null ? null : String(request.id) } as never,
    req,
    ...(waitUntil ? { waitUntil } : {}),
  })
  // A deferred one is left to the job sweep, which runs it once due.
  if (!waitUntil) await afterCommit(req, () => void runWebhookJobs(req.payload))
}

/**
 * The same for a document of a wijk: its tenant names the wijk. A document without one sends nothing.
 * These are the saves any account can make, so they count against the account's rebuilds
 * (accountRebuildLimit): over the limit the rebuild is deferred, and coalesced per wijk.
 */
export const queueBuildWebhookForTenant = async (req: PayloadRequest, tenant: unknown, change: Omit<BuildRequest, 'wijk'>): Promise<void> => {
  const wijk = await wijkSlugOf(req, tenant)
  if (!wijk || !builderUrl()) return
  const timing = await rebuildTiming(req, wijk)
  if (timing.send === 'covered') return
  if (timing.send === 'now') return queueBuildWebhook(req, { wijk, ...change })
  await queueBuildWebhook(req, { wijk, ...change }, timing.at)
  await rememberDeferred(req, wijk, timing.at)
}
