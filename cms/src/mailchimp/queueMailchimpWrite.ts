import type { PayloadRequest } from 'payload'

import { afterCommit } from '../jobs/afterCommit'
import { runQueue } from '../jobs/jobRunner'
import { MAILCHIMP_QUEUE, MAILCHIMP_TASK } from '../jobs/queues'
import { mailchimpConfigured } from './mailchimpSettings'
import type { MailchimpWrite } from './mailchimpWrite'

/**
 * Queues a Mailchimp write inside the request's transaction and runs it right after the commit.
 * The job row is the write's durable record: Mailchimp down or rate-limiting only delays it.
 * Returns false (and queues nothing) when Mailchimp is not connected.
 */
export const queueMailchimpWrite = async (req: PayloadRequest, write: MailchimpWrite): Promise<boolean> => {
  if (!mailchimpConfigured() || !write.audienceId) return false
  await req.payload.jobs.queue({ task: MAILCHIMP_TASK as never, queue: MAILCHIMP_QUEUE, input: write as never, req })
  await afterCommit(req, () => void runQueue(req.payload, MAILCHIMP_QUEUE))
  return true
}
