import type { PayloadRequest } from 'payload'

import { afterCommit } from '../../jobs/afterCommit'
import { runQueue } from '../../jobs/jobRunner'
import { MAILCHIMP_QUEUE } from '../../jobs/queues'
import { mailchimpConfigured } from '../mailchimpSettings'
import { networkWijk } from './networkAudienceOf'
import { NETWORK_SYNC_TASK, type NetworkSyncInput } from './networkSyncTask'

/**
 * Queues a sync of one address of a wijk's network audience inside the request's transaction and
 * runs it right after the commit (the job row is the durable record, like queueMailchimpWrite).
 * Nothing is queued when Mailchimp is not connected or the wijk has no network audience.
 */
export const queueNetworkSync = async (req: PayloadRequest, member: { wijk: number | string; email: string }): Promise<boolean> => {
  if (!mailchimpConfigured()) return false
  if (!(await networkWijk(req.payload, { id: member.wijk }, req))) return false
  const input: NetworkSyncInput = { wijk: String(member.wijk), email: member.email }
  await req.payload.jobs.queue({ task: NETWORK_SYNC_TASK as never, queue: MAILCHIMP_QUEUE, input: input as never, req })
  await afterCommit(req, () => void runQueue(req.payload, MAILCHIMP_QUEUE))
  return true
}
