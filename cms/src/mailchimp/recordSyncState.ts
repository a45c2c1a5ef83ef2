import type { Payload } from 'payload'

import type { SyncStateValue } from './syncStateField'

/** Which document's `mailchimpSync` group a Mailchimp write reports to. */
export type SyncTrack = { collection: string; id: string }

/** Writes a document's Mailchimp sync state; `context.mailchimpSyncOnly` lets hooks skip this write. */
export const recordSyncState = async (payload: Payload, track: SyncTrack, value: SyncStateValue): Promise<void> => {
  const collection = track.collection as 'wijken'
  const doc = await payload.findByID({ collection, id: track.id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!doc) return
  const current = ((doc as { mailchimpSync?: SyncStateValue | null }).mailchimpSync ?? {}) as SyncStateValue
  await payload.update({
    collection,
    id: track.id,
    data: { mailchimpSync: { ...current, ...value } } as never,
    overrideAccess: true,
    depth: 0,
    context: { mailchimpSyncOnly: true },
  })
}
