import type { Article, Media, Post } from '../../payload-types'
import type { Who } from './who'

export type OwnDoc = (Article | Post) & { image?: number | Media | null }

/**
 * One of the resident's own pieces in this wijk, read with their own access (the newest concept for
 * the buurtkrant), or null: another resident's, another wijk's or a missing id all look the same (404).
 */
export const findOwn = async ({ payload, user, wijk }: Who, collection: 'articles' | 'posts', id: unknown): Promise<OwnDoc | null> => {
  const wanted = typeof id === 'number' ? id : typeof id === 'string' && /^\d{1,12}$/.test(id) ? Number(id) : null
  if (wanted === null) return null
  const { docs } = await payload.find({
    collection,
    where: { and: [{ id: { equals: wanted } }, { author: { equals: user.id } }, { tenant: { equals: wijk.id } }] },
    depth: 1,
    limit: 1,
    pagination: false,
    draft: collection === 'articles',
    user,
    overrideAccess: false,
  })
  return (docs[0] as OwnDoc | undefined) ?? null
}

export const photoOf = (doc: OwnDoc | null): Media | null => (doc?.image && typeof doc.image === 'object' ? doc.image : null)
