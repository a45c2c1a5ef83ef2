import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { idOf, isEditorRole, roleOf } from '../access/roles'
import { EDITORIAL_DECISIONS, type EditorialDecision, type EditorialStatus } from '../fields/editorialFields'

/**
 * The moment a review field records: now, unless trusted server code (tests, imports) passes another
 * with the Local API option `context: { reviewNow }`. REST callers cannot set a context.
 */
const reviewNow = (req: Pick<PayloadRequest, 'context'>): string => {
  const given = req.context?.reviewNow
  const date = given instanceof Date ? given : typeof given === 'string' ? new Date(given) : new Date()
  return Number.isNaN(date.getTime()) ? new Date().toISOString() : date.toISOString()
}

/** The redactie (or trusted server code without a user) decides; residents and partners do not. */
const decidesAsRedactie = (req: PayloadRequest) => !req.user || isEditorRole(roleOf(req))

type Review = { submittedAt?: string | null; decidedAt?: string | null; submittedBy?: unknown }

const kept = (originalDoc: Review | undefined) => ({ submittedAt: originalDoc?.submittedAt ?? null, decidedAt: originalDoc?.decidedAt ?? null })

/**
 * Articles and posts (after applyEditorialStatus has checked the move): becoming `submitted` sets
 * `submittedAt` (and clears an earlier decision); the redactie's decision (published,
 * changes-requested, rejected) sets `decidedAt` and keeps `submittedAt`, so the time it waited can
 * be counted. Whatever a client sends for these fields is ignored.
 */
export const stampEditorialReview: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation }) => {
  const from = (operation === 'create' ? 'draft' : (originalDoc?.editorialStatus ?? 'draft')) as EditorialStatus
  const to = (data.editorialStatus ?? from) as EditorialStatus
  const now = reviewNow(req)
  const review = kept(originalDoc)
  if (to === 'submitted' && from !== 'submitted') Object.assign(review, { submittedAt: now, decidedAt: null })
  else if (EDITORIAL_DECISIONS.includes(to as EditorialDecision) && to !== from && decidesAsRedactie(req)) review.decidedAt = now
  return Object.assign(data, review)
}

/**
 * Events and organisations (Payload drafts): a non-editor's save made with the Local API option
 * `context: { submitForReview: true }` (Mijn buurt's "Indienen") sets `submittedAt` and
 * `submittedBy`; the redactie's publish, or its decision passed as `context: { reviewDecision }`,
 * sets `decidedAt` and clears `submittedAt`, which takes the item out of the queue. Any other save
 * keeps both (a partner who edits a waiting draft keeps its place in the queue).
 */
export const stampDraftReview: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const now = reviewNow(req)
  const review: Review = { ...kept(originalDoc), submittedBy: idOf(originalDoc?.submittedBy) ?? null }
  const submitting = req.context?.submitForReview === true && !isEditorRole(roleOf(req))
  // Re-saving what is already live, with nothing waiting, decides nothing: stamping it would make every
  // no-op save a change, and a change sends a build webhook (issue 15, finding 10).
  const publishes = data._status === 'published' && (originalDoc?._status !== 'published' || Boolean(originalDoc?.submittedAt))
  const decision = decidesAsRedactie(req) && (publishes || req.context?.reviewDecision === 'changes-requested' || req.context?.reviewDecision === 'rejected')
  if (submitting) Object.assign(review, { submittedAt: now, decidedAt: null, submittedBy: req.user?.id ?? null })
  else if (decision) Object.assign(review, { submittedAt: null, decidedAt: now })
  return Object.assign(data, review)
}
