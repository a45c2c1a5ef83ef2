import type { Payload } from 'payload'

import { runInTurn } from '../../jobs/jobRunner'
import type { PageRunner } from './deleteInPages'
import { removeOldJobs } from './removeOldJobs'
import { removeOldReactions } from './removeOldReactions'
import { removeOldRequests } from './removeOldRequests'
import { jobsRetentionDays, reactionsRetentionDays, requestsRetentionDays } from './retentionSettings'

export type RetentionResult = { jobs: number; requests: number; reactions: number }

/**
 * One retention pass (AVG: nothing personal is kept longer than promised): finished jobs older than
 * JOBS_RETENTION_DAYS, aanvragen older than REQUESTS_RETENTION_DAYS, prikbord reactions older than
 * REACTIONS_RETENTION_DAYS. Each page of deletes takes its
 * turn with the job queues. Logs counts only, never addresses. A failure is logged and the pass
 * returns null: the CMS goes on and the next pass tries again.
 */
export const runRetention = async (payload: Payload, now = new Date()): Promise<RetentionResult | null> => {
  const inTurn: PageRunner = (work) => runInTurn(payload, work)
  try {
    const jobs = await removeOldJobs(payload, now, inTurn)
    const requests = await removeOldRequests(payload, now, inTurn)
    const reactions = await removeOldReactions(payload, now, inTurn)
    const message = `Retention: ${jobs} finished jobs (older than ${jobsRetentionDays()} days), ${requests} aanvragen (older than ${requestsRetentionDays()} days) and ${reactions} prikbord reactions (older than ${reactionsRetentionDays()} days) removed`
    if (jobs || requests || reactions) payload.logger.info({ msg: message, retention: { jobs, requests, reactions } })
    else payload.logger.debug({ msg: message, retention: { jobs, requests, reactions } })
    return { jobs, requests, reactions }
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Retention pass failed; the next one tries again' })
    return null
  }
}
