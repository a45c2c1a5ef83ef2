import type { Where } from 'payload'

/**
 * Jobs that will never run again: completed, or failed for good (Payload sets `hasError` when the
 * attempts are used up or a task gives up), and not being run right now. Pending and retrying jobs
 * (no `completedAt`, no `hasError`) never match, whatever their age.
 */
export const finishedJobs: Where = {
  and: [{ processing: { not_equals: true } }, { or: [{ completedAt: { exists: true } }, { hasError: { equals: true } }] }],
}

/**
 * Finished before `cutoff`: completed before it, or failed for good and queued before it (a failed
 * job has no completion time; its last attempt is at most hours after it was queued). A date
 * comparison never matches an empty `completedAt`, on SQLite or MongoDB.
 */
export const finishedBefore = (cutoff: string): Where => ({
  and: [finishedJobs, { or: [{ completedAt: { less_than: cutoff } }, { and: [{ hasError: { equals: true } }, { createdAt: { less_than: cutoff } }] }] }],
})
