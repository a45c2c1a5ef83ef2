import type { Payload, Where } from 'payload'

import { REVIEW_COLLECTIONS, type ReviewCollection } from '../redactie/reviewKinds'

/** One state of an item as stored: the document itself (posts) or one of its versions (the others). */
type Snapshot = { parent: string; order: number; submittedAt?: string | null; decidedAt?: string | null; published: boolean }

type Submission = { collection: ReviewCollection; at: number }
type Decision = { collection: ReviewCollection; submittedAt: number; decidedAt: number; published: boolean }

/** How far back a submission is looked for, for a decision inside the window (its wait can be long). */
const LOOK_BACK_MS = 90 * 86_400_000

type VersionRow = { parent: number | string | { id: number | string }; createdAt: string; version: Record<string, unknown> }

const isPublished = (collection: ReviewCollection, data: Record<string, unknown>) =>
  collection === 'articles' || collection === 'posts' ? data.editorialStatus === 'published' : data._status === 'published'

const snapshotsOf = async (payload: Payload, collection: ReviewCollection, wijkId: number | string, since: Date): Promise<Snapshot[]> => {
  const submittedSince = new Date(since.getTime() - LOOK_BACK_MS).toISOString()
  const inWindow = (prefix: string): Where => ({
    and: [
      { [`${prefix}tenant`]: { equals: wijkId } },
      { or: [{ [`${prefix}submittedAt`]: { greater_than_equal: submittedSince } }, { [`${prefix}decidedAt`]: { greater_than_equal: since.toISOString() } }] },
    ],
  })
  if (collection === 'posts') {
    const { docs } = await payload.find({ collection, where: inWindow(''), pagination: false, depth: 0, overrideAccess: true })
    return docs.map((doc) => ({
      parent: String(doc.id),
      order: 0,
      submittedAt: doc.submittedAt,
      decidedAt: doc.decidedAt,
      published: isPublished(collection, doc as unknown as Record<string, unknown>),
    }))
  }
  const { docs } = await payload.findVersions({ collection, where: inWindow('version.'), sort: 'createdAt', pagination: false, depth: 0, overrideAccess: true })
  return (docs as unknown as VersionRow[]).map(({ parent, createdAt, version }) => ({
    parent: String(typeof parent === 'object' ? parent.id : parent),
    order: Date.parse(createdAt),
    submittedAt: version.submittedAt as string | null,
    decidedAt: version.decidedAt as string | null,
    published: isPublished(collection, version),
  }))
}

/**
 * Every submission and decision of one collection in a wijk since `since`, read back from the review
 * fields as they were stored over time (versions keep them; an event's `submittedAt` is cleared when
 * it is decided, its earlier versions still have it). A decision is paired with the submission it
 * answered, so its wait can be measured; a decision on something never submitted (the redactie's own
 * work) pairs with nothing and is left out.
 */
const historyOf = async (payload: Payload, collection: ReviewCollection, wijkId: number | string, since: Date) => {
  const byParent = new Map<string, Snapshot[]>()
  for (const snapshot of await snapshotsOf(payload, collection, wijkId, since))
    byParent.set(snapshot.parent, [...(byParent.get(snapshot.parent) ?? []), snapshot])
  const submissions: Submission[] = []
  const decisions: Decision[] = []
  for (const snapshots of byParent.values()) {
    const seenSubmitted = new Set<string>()
    const seenDecided = new Set<string>()
    let waitingSince: number | null = null
    for (const { submittedAt, decidedAt, published } of snapshots.sort((a, b) => a.order - b.order)) {
      if (submittedAt && !seenSubmitted.has(submittedAt)) {
        seenSubmitted.add(submittedAt)
        waitingSince = Date.parse(submittedAt)
        submissions.push({ collection, at: waitingSince })
      }
      if (decidedAt && !seenDecided.has(decidedAt)) {
        seenDecided.add(decidedAt)
        const at = Date.parse(decidedAt)
        if (waitingSince !== null && at >= waitingSince) decisions.push({ collection, submittedAt: waitingSince, decidedAt: at, published })
        waitingSince = null
      }
    }
  }
  return { submissions, decisions }
}

/** Submissions and the decisions on them in a wijk, all four kinds together. */
export const reviewHistory = async (payload: Payload, wijkId: number | string, since: Date) => {
  const parts = await Promise.all(REVIEW_COLLECTIONS.map((collection) => historyOf(payload, collection, wijkId, since)))
  return { submissions: parts.flatMap((part) => part.submissions), decisions: parts.flatMap((part) => part.decisions) }
}
