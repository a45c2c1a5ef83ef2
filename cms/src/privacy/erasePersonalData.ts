import type { CollectionSlug, PayloadRequest } from 'payload'

import { eraseFinishedJobsOf } from './addressJobs'
import { forgetInMailchimp } from './forgetInMailchimp'
import { CLAIMS, NEWSLETTER_SIGNUPS, POST_REACTIONS, type PersonalData } from './personalData'

/** What replaces a writer's name on published work that stays on the site. */
export const ANONYMOUS_AUTHOR = 'Een buurtbewoner'

export type ErasureResult = {
  deleted: Record<string, number>
  anonymised: Record<string, number>
  /** Things the editor may not remove (an editor's own or another editor's account). */
  refused: string[]
}

const remove = async (req: PayloadRequest, collection: string, ids: unknown[], result: ErasureResult) => {
  let deleted = 0
  for (const id of ids) {
    try {
      await req.payload.delete({ collection: collection as CollectionSlug, id: id as number, overrideAccess: false, user: req.user, req })
      deleted += 1
    } catch {
      result.refused.push(`${collection} ${String(id)}`)
    }
  }
  result.deleted[collection] = deleted
}

const isPublished = (doc: Record<string, unknown>) => doc.editorialStatus === 'published'

/**
 * Erases one person: requests, partner claims, accounts, the prikbord reactions they sent and
 * those to their posts are deleted; unpublished articles and
 * posts too. Published buurtkrant articles stay on the site without the writer's name and account
 * (they belong to the wijk's paper); published prikbord posts lose the name and are closed, so
 * they leave the site at the next build. Newsletter signups are deleted and Mailchimp is asked to
 * delete the address for good from those wijken's audiences. Everything runs with the editor's own
 * access rights, except the finished mail and Mailchimp jobs about the address, which belong to no
 * wijk (see eraseFinishedJobsOf).
 */
export const erasePersonalData = async (req: PayloadRequest, email: string, data: PersonalData): Promise<ErasureResult> => {
  const result: ErasureResult = { deleted: {}, anonymised: {}, refused: [] }
  // Reactions the address sent, and those to its posts: without the poster the relay has no use for them.
  const reactionIds = new Set([...data.postReactions, ...data.postReactionsReceived].map((doc) => doc.id))
  await remove(req, POST_REACTIONS, [...reactionIds], result)
  for (const collection of ['articles', 'posts'] as const) {
    const docs = data[collection]
    const published = docs.filter(isPublished)
    for (const doc of published) {
      await req.payload.update({
        collection,
        id: doc.id as number,
        data: { authorName: ANONYMOUS_AUTHOR, author: null, ...(collection === 'posts' ? { closed: true } : {}) } as never,
        overrideAccess: false,
        user: req.user,
        req,
      })
    }
    result.anonymised[collection] = published.length
    await remove(
      req,
      collection,
      docs.filter((doc) => !isPublished(doc)).map((doc) => doc.id),
      result,
    )
  }
  // In this order: an account goes after the claims that point at it.
  const removedWhole = [
    ['requests', data.requests],
    [CLAIMS, data.organisationClaims],
    ['users', data.users],
    [NEWSLETTER_SIGNUPS, data.newsletterSignups],
  ] as const
  for (const [collection, docs] of removedWhole) {
    await remove(
      req,
      collection,
      docs.map((doc) => doc.id),
      result,
    )
  }
  result.deleted.mailchimp = await forgetInMailchimp(req, email, data.newsletterSignups)
  await eraseJobs(req, email, result)
  return result
}

/** The erasure result's key for the removed mail and Mailchimp jobs (the jobs collection's slug). */
const JOBS = 'payload-jobs'

/** The finished mail and Mailchimp jobs about the address; a failure leaves the rest erased and says so. */
const eraseJobs = async (req: PayloadRequest, email: string, result: ErasureResult) => {
  try {
    result.deleted[JOBS] = await eraseFinishedJobsOf(req, email)
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'Privacy erase: removing the finished mail and Mailchimp jobs failed' })
    result.refused.push(JOBS)
  }
}
