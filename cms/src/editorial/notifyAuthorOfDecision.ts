import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../access/roles'
import { renderMail } from '../email/mailMessage'
import { queueMail } from '../email/queueMail'
import { EDITORIAL_DECISIONS, type EditorialDecision } from '../fields/editorialFields'
import { mijnItemUrl } from '../mijn/links/mijnItemUrl'
import { decisionMail } from './decisionMail'

const isDecision = (status: unknown): status is EditorialDecision => EDITORIAL_DECISIONS.includes(status as EditorialDecision)

/**
 * When the redactie publishes, sends back or rejects a writer's piece, the writer gets an e-mail.
 * The mail is queued in the same transaction as the decision (jobs queue, retried while SMTP is
 * down), so a decision that rolls back sends nothing and one that commits is never left unsaid.
 */
export const notifyAuthorOfDecision =
  (collection: 'articles' | 'posts'): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req, operation }) => {
    const decision = doc.editorialStatus
    if (operation !== 'update' || !isDecision(decision) || previousDoc?.editorialStatus === decision) return doc
    const authorId = idOf(doc.author)
    // Only the redactie makes decisions; one about their own piece needs no mail.
    if (authorId === undefined || authorId === req.user?.id) return doc
    const author = await req.payload.findByID({ collection: 'users', id: authorId, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!author?.email) return doc
    const { subject, ...content } = decisionMail(decision, {
      collection,
      title: doc.title,
      authorName: doc.authorName || author.name,
      editorComment: doc.editorComment,
      rejectionReason: doc.rejectionReason,
      itemUrl: await mijnItemUrl(req, collection, doc),
    })
    await queueMail(req, { to: author.email, subject, ...renderMail(content) })
    return doc
  }
