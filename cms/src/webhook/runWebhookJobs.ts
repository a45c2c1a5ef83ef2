import type { Payload } from 'payload'

import { runQueue } from '../jobs/jobRunner'
import { WEBHOOK_QUEUE } from '../jobs/queues'

/** Delivers every due build webhook (see runQueue for why runs are serialised). */
export const runWebhookJobs = (payload: Payload): Promise<void> => runQueue(payload, WEBHOOK_QUEUE)
