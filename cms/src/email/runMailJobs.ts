import type { Payload } from 'payload'

import { runQueue } from '../jobs/jobRunner'
import { MAIL_QUEUE } from '../jobs/queues'

/** Sends every due mail (see runQueue for why runs are serialised). */
export const runMailJobs = (payload: Payload): Promise<void> => runQueue(payload, MAIL_QUEUE)
