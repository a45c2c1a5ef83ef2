import type { Payload } from 'payload'

import { deleteInPages, type PageRunner } from './deleteInPages'
import { daysBefore, reactionsRetentionDays } from './retentionSettings'

/**
 * Removes prikbord reactions that came in more than REACTIONS_RETENTION_DAYS ago (default 90),
 * answered or not, and those whose post is gone. Returns how many were removed.
 */
export const removeOldReactions = (payload: Payload, now: Date, inTurn?: PageRunner): Promise<number> => {
  if (!payload.collections['post-reactions']) return Promise.resolve(0)
  return deleteInPages(
    payload,
    'post-reactions',
    { or: [{ createdAt: { less_than: daysBefore(now, reactionsRetentionDays()) } }, { post: { exists: false } }] },
    inTurn,
  )
}
