import type { Payload } from 'payload'

import type { Post, PostReaction, User, Wijken } from '../../payload-types'

/** One reaction to the poster's own post, as Mijn buurt shows it. */
export type MyReaction = {
  id: number
  postTitle: string
  name: string
  message: string
  receivedAt: string
  answer: string | null
  answeredAt: string | null
  /** Only once the poster answered (field access on `email`). */
  email: string | null
}

/**
 * Reactions to the signed-in resident's posts in this wijk, newest first, read with their own access
 * (`user`, `overrideAccess: false`): the collection lets a poster read only reactions to their own
 * posts, and the responder's address only once they answered.
 */
export const myReactions = async (payload: Payload, user: User, wijk: Wijken): Promise<MyReaction[]> => {
  const { docs } = await payload.find({
    collection: 'post-reactions',
    where: { and: [{ tenant: { equals: wijk.id } }, { 'post.author': { equals: user.id } }] },
    user,
    overrideAccess: false,
    depth: 1,
    limit: 100,
    sort: '-createdAt',
  })
  return (docs as PostReaction[]).map((doc) => ({
    id: doc.id,
    postTitle: typeof doc.post === 'object' && doc.post ? ((doc.post as Post).title ?? '') : '(bericht verwijderd)',
    name: doc.name,
    message: doc.message,
    receivedAt: doc.createdAt,
    answer: doc.answer ?? null,
    answeredAt: doc.answeredAt ?? null,
    email: doc.email ?? null,
  }))
}
