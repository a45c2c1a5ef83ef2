import type { Payload } from 'payload'

import { deleteInPages, type PageRunner } from './deleteInPages'
import { daysBefore, requestsRetentionDays } from './retentionSettings'

/**
 * Removes aanvragen that came in more than REQUESTS_RETENTION_DAYS ago (default a year, as the
 * privacy page promises), whatever their status. Returns how many were removed.
 */
export const removeOldRequests = (payload: Payload, now: Date, inTurn?: PageRunner): Promise<number> =>
  deleteInPages(payload, 'requests', { createdAt: { less_than: daysBefore(now, requestsRetentionDays()) } }, inTurn)
