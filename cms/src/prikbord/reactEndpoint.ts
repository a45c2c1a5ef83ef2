import type { Payload } from 'payload'

import { idOf } from '../access/roles'
import { runMailJobs } from '../email/runMailJobs'
import { MAIL_QUEUE, MAIL_TASK } from '../jobs/queues'
import type { Post, User } from '../payload-types'
import { publicEndpoint, type PublicContext, type PublicResult } from '../public/publicEndpoint'
import { siteUrlOf } from '../snapshot/toWijk'
import { isPublic } from '../webhook/publicState'
import { LIMIT_MESSAGES, REACTION_CLIENT_LIMIT, reactionLimitReached } from './reactionLimits'
import { answerPageUrl, REACTION_PATHS } from './reactionLinks'
import { posterMail } from './reactionMails'
import { REACTION_CONSENT_VERSION, type ReactionInput, reactionSchema } from './reactionSchema'
import { hashReactionToken, newReactionToken } from './reactionToken'

const refused = (status: number, field: string, message: string): PublicResult => ({ ok: false, status, message, errors: { [field]: message } })

const GONE = 'Op dit bericht kun je niet meer reageren. Misschien is het afgesloten of verlopen. Kijk op het prikbord voor de berichten van nu.'

/** The post, if it is on this wijk's prikbord right now (published, not closed, not expired). */
const shownPost = async (payload: Payload, tenant: number, id: string): Promise<Post | null> => {
  const post = (await payload.findByID({ collection: 'posts', id: Number(id), depth: 0, overrideAccess: true, disableErrors: true })) as Post | null
  if (!post || idOf(post.tenant as never) !== tenant) return null
  return isPublic('posts', post as never) ? post : null
}

const handle = async (input: ReactionInput, { req, origin }: PublicContext): Promise<PublicResult> => {
  const { payload } = req
  const wijk = (await payload.find({ collection: 'wijken', where: { slug: { equals: input.wijk } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  if (!wijk) return refused(400, 'wijk', 'Deze wijk kennen we niet.')
  if (origin?.kind === 'wijk' && origin.slug !== wijk.slug)
    return { ok: false, status: 403, message: 'Dit formulier kan alleen worden verstuurd vanaf de website van de wijk.' }
  const post = await shownPost(payload, wijk.id, input.post)
  if (!post) return refused(404, 'post', GONE)
  const authorId = idOf(post.author as never)
  const poster = authorId
    ? ((await payload.findByID({ collection: 'users', id: authorId, depth: 0, overrideAccess: true, disableErrors: true })) as User | null)
    : null
  if (!poster?.email) return refused(409, 'post', 'Op dit bericht kun je niet via de website reageren. Neem contact op met de redactie.')

  const limit = await reactionLimitReached(input.email, post.id, poster.email)
  if (limit) return { ok: false, status: 429, message: LIMIT_MESSAGES[limit] }

  const token = newReactionToken()
  const mail = (id: number) =>
    posterMail(
      poster.email,
      { wijkName: wijk.name, postTitle: post.title ?? '', posterName: post.authorName ?? '' },
      { name: input.name, message: input.message },
      answerPageUrl(id, token),
    )
  // Stored before anything is answered or sent. Without the visitor's request: the multi-tenant
  // plugin refuses a wijk set by an anonymous request.
  const reaction = await payload.create({
    collection: 'post-reactions',
    data: {
      tenant: wijk.id,
      post: post.id,
      name: input.name,
      email: input.email,
      message: input.message,
      consentAt: new Date().toISOString(),
      consentVersion: REACTION_CONSENT_VERSION,
      tokenHash: hashReactionToken(token),
      mailLog: [{ key: 'poster', to: poster.email, purpose: 'Reactie aan schrijver', state: 'pending', attempts: 0 }],
    } as never,
    overrideAccess: true,
    depth: 0,
  })
  const { key, purpose: _purpose, ...outgoing } = mail(reaction.id)
  await payload.jobs.queue({
    task: MAIL_TASK as never,
    queue: MAIL_QUEUE,
    input: { ...outgoing, track: { collection: 'post-reactions', id: String(reaction.id), key } } as never,
  })
  void runMailJobs(payload)
  return {
    ok: true,
    message: `Bedankt! We hebben je reactie doorgestuurd naar ${post.authorName}. Als die antwoordt, krijg je een e-mail.`,
    siteUrl: siteUrlOf(wijk.domain),
  }
}

/** POST /api/prikbord/reageren: the "Reageer" form under each post on the wijk site's prikbord. */
export const reactEndpoint = publicEndpoint({ path: REACTION_PATHS.react, schema: reactionSchema, rateLimit: REACTION_CLIENT_LIMIT, handle })
