import type { Payload } from 'payload'

import { idOf } from '../access/roles'
import type { Post, PostReaction, User, Wijken } from '../payload-types'
import { LINK_DOES_NOT_WORK } from './reactionSchema'
import { tokenMatches } from './reactionToken'

/** How long the answer link in the poster's mail works. */
const ANSWER_LINK_DAYS = 30

const LINK_EXPIRED = `Deze link is verlopen. Een reactie kun je tot ${ANSWER_LINK_DAYS} dagen na ontvangst beantwoorden.`

export type LinkedReaction = { reaction: PostReaction; post: Post; wijk: Wijken; poster: User | null }

export type LinkCheck = ({ ok: true } & LinkedReaction) | { ok: false; status: number; message: string }

/**
 * The reaction an answer link names, if its token is the one mailed for exactly that reaction and
 * the link has not expired. Every other case (unknown id, another reaction's token, a guess) gets
 * the same answer, so the page tells nothing about which reactions exist.
 */
export const reactionByLink = async (payload: Payload, reactionId: string, token: string, now = new Date()): Promise<LinkCheck> => {
  const refused: LinkCheck = { ok: false, status: 400, message: LINK_DOES_NOT_WORK }
  if (!/^\d{1,12}$/.test(reactionId)) return refused
  const reaction = (await payload.findByID({
    collection: 'post-reactions',
    id: Number(reactionId),
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as PostReaction | null
  if (!reaction || !tokenMatches(reaction.tokenHash, token)) return refused
  if (now.getTime() - Date.parse(reaction.createdAt) > ANSWER_LINK_DAYS * 86_400_000) return { ok: false, status: 410, message: LINK_EXPIRED }
  const post = (await payload.findByID({
    collection: 'posts',
    id: idOf(reaction.post as never)!,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as Post | null
  if (!post) return refused
  const wijk = (await payload.findByID({
    collection: 'wijken',
    id: idOf(post.tenant as never)!,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as Wijken | null
  if (!wijk) return refused
  const authorId = idOf(post.author as never)
  const poster = authorId
    ? ((await payload.findByID({ collection: 'users', id: authorId, depth: 0, overrideAccess: true, disableErrors: true })) as User | null)
    : null
  return { ok: true, reaction, post, wijk, poster }
}
