import type { Payload, Where } from 'payload'

import { RECENT_DELIVERIES, recentDeliveryJobs } from '../../webhook/recentDeliveries'
import { daysBefore, jobsRetentionDays } from './retentionSettings'
import { deleteInPages, type PageRunner } from './deleteInPages'
import { finishedBefore } from './finishedJobs'

/** The ids of each wijk's newest build-webhook deliveries: the record its edit view shows, kept at any age. */
const shownDeliveries = async (payload: Payload): Promise<(number | string)[]> => {
  const { docs: wijken } = await payload.find({ collection: 'wijken', pagination: false, depth: 0, select: { slug: true }, overrideAccess: true })
  const ids: (number | string)[] = []
  for (const wijk of wijken) {
    if (wijk.slug) ids.push(...(await recentDeliveryJobs(payload, wijk.slug, RECENT_DELIVERIES)).map((job) => job.id))
  }
  return ids
}

/**
 * Removes background jobs (build webhooks, mail, Mailchimp writes) that finished more than
 * JOBS_RETENTION_DAYS ago: their input holds addresses and mail text. Pending jobs stay, and so do
 * the newest deliveries of every wijk. Returns how many were removed.
 */
export const removeOldJobs = async (payload: Payload, now: Date, inTurn: PageRunner = (work) => work()): Promise<number> => {
  const keep = await inTurn(() => shownDeliveries(payload))
  if (!keep) return 0 // shutting down
  const where: Where = { and: [finishedBefore(daysBefore(now, jobsRetentionDays())), ...(keep.length ? [{ id: { not_in: keep } }] : [])] }
  return deleteInPages(payload, 'payload-jobs', where, inTurn)
}
