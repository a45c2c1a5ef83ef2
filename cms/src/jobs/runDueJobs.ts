import type { Payload, Where } from 'payload'

import { acquireLease, whileHolding } from './lease'

const JOBS = 'payload-jobs' as const

type JobRow = { id: number | string; completedAt?: string | null; hasError?: boolean | null; waitUntil?: string | null }

/** Not finished, not given up, and not waiting for a retry's backoff. Claimed or not: the lease decides. */
const dueWhere = (queue: string, now: Date): Where => ({
  and: [
    { queue: { equals: queue } },
    { completedAt: { exists: false } },
    { hasError: { not_equals: true } },
    { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: now.toISOString() } }] },
  ],
})

const stillDue = (job: JobRow | null, now: Date) => !!job && !job.completedAt && job.hasError !== true && (!job.waitUntil || new Date(job.waitUntil) <= now)

/** The lease on one job: `job:<id>`. */
const jobResource = (id: number | string) => `job:${id}`

/**
 * Runs up to `limit` due jobs of `queue`, one after another, each only after this process has
 * claimed it (see acquireLease). This replaces `payload.jobs.run`, whose claim is a read followed
 * by a write (two processes could both take a job) and whose `processing` flag nothing resets
 * after a crash. A job another worker holds is skipped; a job whose holder died comes back once
 * its lease has run out. Returns how many jobs this call ran.
 */
export const runDueJobs = async (payload: Payload, queue: string, limit = 10): Promise<number> => {
  const { docs } = await payload.find({
    collection: JOBS,
    where: dueWhere(queue, new Date()),
    sort: 'createdAt',
    limit,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  let ran = 0
  for (const { id } of docs as JobRow[]) {
    const resource = jobResource(id)
    const lease = await acquireLease(payload, resource)
    if (!lease) continue
    await whileHolding(payload, lease, resource, async () => {
      // Claimed: read it again, the previous holder may have finished it just before.
      const job = (await payload.findByID({ collection: JOBS, id, depth: 0, overrideAccess: true, disableErrors: true })) as JobRow | null
      if (!stillDue(job, new Date())) return
      await payload.jobs.runByID({ id, silent: { info: true } })
      ran++
    })
  }
  return ran
}
