import type { Payload } from 'payload'

import { MAILCHIMP_QUEUE } from '../jobs/queues'
import { NETWORK_SYNC_TASK } from './network/networkSyncTask'

/** One Mailchimp write that has not reached Mailchimp (yet). */
export type BacklogEntry = {
  id: string
  /** subscribe, upsert, archive or tags */
  kind: string
  email: string
  attempts: number
  /** When it is tried again (pending only). */
  waitUntil: string | null
  /** Why it failed (failed) or why the last attempt failed (pending). */
  error: string | null
  createdAt: string
}

export type MailchimpBacklog = { pending: BacklogEntry[]; failed: BacklogEntry[] }

type JobDoc = {
  id: number | string
  taskSlug?: string | null
  input?: { kind?: string; email?: string; audienceId?: string; wijk?: string | number } | null
  totalTried?: number | null
  hasError?: boolean | null
  waitUntil?: string | null
  error?: { message?: string } | null
  log?: { state?: string; error?: { message?: string } | null }[] | null
  createdAt: string
}

/** Scanned at most: a backlog larger than this is a problem the count already shows. */
const SCAN_LIMIT = 1_000

const lastError = (job: JobDoc): string | null => {
  const failures = (job.log ?? []).filter((entry) => entry.state === 'failed')
  return job.error?.message ?? failures.at(-1)?.error?.message ?? null
}

/**
 * The Mailchimp writes of one wijk (by its audiences, or by the wijk for the network sync, which
 * finds its audience when it runs) that are not done:
 * pending (waiting for their first run or for a retry after Mailchimp was down or rate-limiting)
 * and failed (given up: an error no retry fixes, or out of attempts). Newest first.
 */
export const mailchimpBacklog = async (payload: Payload, wijkId: string | number, audienceIds: readonly string[]): Promise<MailchimpBacklog> => {
  const audiences = new Set(audienceIds.filter(Boolean))
  const ofWijk = (job: JobDoc) => audiences.has(job.input?.audienceId ?? '') || (job.input?.wijk !== undefined && String(job.input.wijk) === String(wijkId))
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ queue: { equals: MAILCHIMP_QUEUE } }, { completedAt: { exists: false } }] },
    sort: '-createdAt',
    limit: SCAN_LIMIT,
    depth: 0,
    overrideAccess: true,
  })
  const entries = (docs as unknown as JobDoc[]).filter(ofWijk).map((job) => ({
    job,
    entry: {
      id: String(job.id),
      kind: job.input?.kind ?? (job.taskSlug === NETWORK_SYNC_TASK ? 'network' : (job.taskSlug ?? '')),
      email: job.input?.email ?? '',
      attempts: job.totalTried ?? 0,
      waitUntil: job.hasError ? null : (job.waitUntil ?? null),
      error: lastError(job),
      createdAt: job.createdAt,
    },
  }))
  return {
    pending: entries.filter(({ job }) => !job.hasError).map(({ entry }) => entry),
    failed: entries.filter(({ job }) => job.hasError).map(({ entry }) => entry),
  }
}
