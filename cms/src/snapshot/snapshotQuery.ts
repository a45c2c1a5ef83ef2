import type { CollectionSlug, Payload, Where } from 'payload'

/** One wijk's documents of a collection. */
export const inWijk = (wijkId: number | string): Where => ({ tenant: { equals: wijkId } })

const publishedIn = (wijkId: number | string): Where => ({ and: [inWijk(wijkId), { _status: { equals: 'published' } }] })

/**
 * What the snapshot shows of each collection, apart from the rules that depend on the moment
 * (past events, expired posts): those are applied per snapshot, because a cached list outlives `now`.
 */
export const shownWhere = {
  themes: inWijk,
  organisations: publishedIn,
  events: publishedIn,
  articles: (wijkId: number | string): Where => ({ and: [publishedIn(wijkId), { editorialStatus: { equals: 'published' } }] }),
  posts: (wijkId: number | string): Where => ({
    and: [inWijk(wijkId), { editorialStatus: { equals: 'published' } }, { closed: { not_equals: true } }],
  }),
} satisfies Record<string, (wijkId: number | string) => Where>

export type ShownCollection = keyof typeof shownWhere

/** The documents as the conversions (toEvent, …) expect them: uploads populated, slugs of related documents. */
export const findSnapshotDocs = async <T>(payload: Payload, collection: CollectionSlug, where: Where): Promise<T[]> => {
  const { docs } = await payload.find({
    collection,
    where,
    depth: 1,
    pagination: false,
    overrideAccess: true,
    sort: 'slug',
    populate: { organisations: { slug: true }, themes: { slug: true } },
  })
  return docs as T[]
}
