import type { Payload } from 'payload'

import type { MailLogRow } from './mailLogField'

/** Which document's `mailLog` row a mail reports to. */
export type MailTrack = { collection: string; id: string; key: string }

/**
 * Updates one row of a document's mail log. Jobs run one at a time per process (jobs/jobRunner.ts),
 * so this read-modify-write does not race with another mail of the same document.
 */
export const recordMailState = async (payload: Payload, track: MailTrack, patch: Partial<MailLogRow>): Promise<void> => {
  const collection = track.collection as 'requests'
  const doc = await payload.findByID({ collection, id: track.id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!doc) return
  const rows = ((doc as { mailLog?: MailLogRow[] | null }).mailLog ?? []).map((row) => (row.key === track.key ? { ...row, ...patch } : row))
  await payload.update({ collection, id: track.id, data: { mailLog: rows } as never, overrideAccess: true, depth: 0, context: { mailLogOnly: true } })
}
