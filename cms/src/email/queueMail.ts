import type { PayloadRequest } from 'payload'

import { afterCommit } from '../jobs/afterCommit'
import { MAIL_QUEUE, MAIL_TASK } from '../jobs/queues'
import type { RenderedMail } from './mailMessage'
import type { MailTrack } from './recordMailState'
import { runMailJobs } from './runMailJobs'

export type OutgoingMail = RenderedMail & { to: string; subject: string; replyTo?: string; track?: MailTrack }

/**
 * Queues a mail inside the request's transaction and sends it right after the commit. The job row
 * is the mail's durable record: an SMTP server that is down only delays it (retries with backoff).
 */
export const queueMail = async (req: PayloadRequest, mail: OutgoingMail): Promise<void> => {
  await req.payload.jobs.queue({ task: MAIL_TASK as never, queue: MAIL_QUEUE, input: mail as never, req })
  await afterCommit(req, () => void runMailJobs(req.payload))
}
