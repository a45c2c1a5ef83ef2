import type { Payload, Where } from 'payload'

import { idOf } from '../access/roles'
import { adminUrlOf, REVIEW_COLLECTIONS, type ReviewCollection, titleOf, usesEditorialStatus } from './reviewKinds'

/** One thing that waits for the redactie. */
export type WaitingItem = {
  collection: ReviewCollection
  id: number | string
  title: string
  /** Who wrote or proposed it: the author's name, or for an activity or organisation who submitted it. */
  who: string
  wijkId: number | string
  wijkName: string
  submittedAt: string
  adminUrl: string
}

/** More than a redactie reads in one sitting; the oldest come first, so nothing old is hidden. */
const LIMIT = 200

type Row = {
  id: number | string
  title?: string | null
  name?: string | null
  authorName?: string | null
  tenant?: unknown
  submittedAt?: string | null
  submittedBy?: { name?: string | null } | number | string | null
  organisation?: { name?: string | null } | number | string | null
}

const nameOf = (ref: Row['submittedBy']) => (ref && typeof ref === 'object' ? (ref.name ?? '') : '')

/** What waits: articles and posts by editorialStatus, events and organisations as a draft with `submittedAt`. */
const waitingWhere = (collection: ReviewCollection, wijkIds: (number | string)[]): Where => ({
  and: [{ tenant: { in: wijkIds } }, usesEditorialStatus(collection) ? { editorialStatus: { equals: 'submitted' } } : { submittedAt: { exists: true } }],
})

const SELECT: Record<ReviewCollection, Record<string, true>> = {
  articles: { title: true, authorName: true, tenant: true, submittedAt: true },
  posts: { title: true, authorName: true, tenant: true, submittedAt: true },
  events: { title: true, tenant: true, submittedAt: true, submittedBy: true, organisation: true },
  organisations: { name: true, tenant: true, submittedAt: true, submittedBy: true },
}

/**
 * Everything that waits for the redactie in these wijken, oldest first. With `user`, read with that
 * account's own access (the Wachtrij view: an editor sees only their wijken whatever is asked);
 * without, as the system (the daily mail, which picks the wijken of each editor itself). Events and
 * organisations are read as their newest draft: that is what waits.
 */
export const waitingItems = async (
  payload: Payload,
  { wijkIds, user, now = new Date() }: { wijkIds: (number | string)[]; user?: unknown; now?: Date },
): Promise<WaitingItem[]> => {
  if (wijkIds.length === 0) return []
  const access = user ? { user: user as never, overrideAccess: false } : { overrideAccess: true }
  const wijken = await payload.find({
    collection: 'wijken',
    where: { id: { in: wijkIds } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { name: true },
  })
  const wijkNames = new Map(wijken.docs.map((wijk) => [String(wijk.id), wijk.name]))
  const perCollection = await Promise.all(
    REVIEW_COLLECTIONS.map(async (collection) => {
      const found = await payload.find({
        collection,
        where: waitingWhere(collection, wijkIds),
        sort: 'submittedAt',
        limit: LIMIT,
        depth: 1,
        draft: !usesEditorialStatus(collection) || collection === 'articles',
        select: SELECT[collection] as never,
        ...access,
      })
      return (found.docs as unknown as Row[]).map((row): WaitingItem => {
        const wijkId = idOf(row.tenant as never) ?? ''
        const organisation = collection === 'events' ? nameOf(row.organisation) : ''
        const who = row.authorName || [nameOf(row.submittedBy), organisation].filter(Boolean).join(', ')
        return {
          collection,
          id: row.id,
          title: titleOf(row),
          who,
          wijkId,
          wijkName: wijkNames.get(String(wijkId)) ?? '',
          // An item submitted before the review fields existed counts as waiting since now.
          submittedAt: row.submittedAt ?? now.toISOString(),
          adminUrl: adminUrlOf(collection, row.id),
        }
      })
    }),
  )
  return perCollection.flat().sort((a, b) => Date.parse(a.submittedAt) - Date.parse(b.submittedAt))
}
