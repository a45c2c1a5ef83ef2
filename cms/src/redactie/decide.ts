import type { PayloadRequest, Where } from 'payload'

import { idOf } from '../access/roles'
import { renderMail } from '../email/mailMessage'
import { queueMail } from '../email/queueMail'
import { mijnItemUrl } from '../mijn/links/mijnItemUrl'
import type { DecisionInput, QueueDecision } from './decisionSchema'
import { draftDecisionMail } from './draftDecisionMail'
import { titleOf, usesEditorialStatus } from './reviewKinds'

export type DecisionResult = { ok: true; title: string } | { ok: false; status: number; message: string }

const NOT_FOUND = 'Dit stuk bestaat niet (meer), of het hoort niet bij jouw wijk.'
const NOT_WAITING = 'Dit wacht niet meer op de redactie. Misschien heeft een collega al besloten. Open de wachtrij opnieuw.'

const EDITORIAL: Record<QueueDecision, 'published' | 'changes-requested' | 'rejected'> = {
  approve: 'published',
  changes: 'changes-requested',
  reject: 'rejected',
}

type Doc = Record<string, unknown> & { id: number | string }

/** Articles and posts: today's workflow; notifyAuthorOfDecision mails the writer. */
const decideEditorial = async (req: PayloadRequest, collection: 'articles' | 'posts', doc: Doc, { decision, message }: DecisionInput) => {
  const status = EDITORIAL[decision]
  await req.payload.update({
    collection,
    id: doc.id,
    data: {
      editorialStatus: status,
      ...(status === 'changes-requested' ? { editorComment: message } : {}),
      ...(status === 'rejected' ? { rejectionReason: message } : {}),
    } as never,
    ...(collection === 'articles' ? { draft: false } : {}),
    depth: 0,
    overrideAccess: false,
    req,
  })
}

/** Who hears the decision on an activity or organisation: who submitted it, else the organisation's partner accounts. */
const recipientsOf = async (req: PayloadRequest, collection: 'events' | 'organisations', doc: Doc) => {
  const submitter = idOf(doc.submittedBy as never)
  const organisation = collection === 'organisations' ? doc.id : idOf(doc.organisation as never)
  const where: Where | null =
    submitter !== undefined
      ? { id: { equals: submitter } }
      : organisation !== undefined
        ? { and: [{ role: { equals: 'partner' } }, { organisation: { equals: organisation } }] }
        : null
  if (!where) return []
  const found = await req.payload.find({ collection: 'users', where, pagination: false, depth: 0, overrideAccess: true, req })
  return found.docs.map((user) => ({ name: user.name, email: user.email }))
}

/**
 * Activities and organisations (Payload drafts): approve publishes the waiting draft; ask for
 * changes and reject keep it unpublished (the draft stays as it is, out of the queue), each with a
 * mail carrying the comment or reason. All three mail who submitted it.
 */
const decideDraft = async (req: PayloadRequest, collection: 'events' | 'organisations', doc: Doc, { decision, message }: DecisionInput) => {
  const recipients = await recipientsOf(req, collection, doc)
  if (decision === 'approve') {
    await req.payload.update({ collection, id: doc.id, data: { _status: 'published' } as never, draft: false, depth: 0, overrideAccess: false, req })
  } else {
    req.context = { ...req.context, reviewDecision: decision === 'changes' ? 'changes-requested' : 'rejected' }
    await req.payload.update({ collection, id: doc.id, data: {} as never, draft: true, depth: 0, overrideAccess: false, req })
  }
  const url = await mijnItemUrl(req, collection, doc)
  for (const recipient of recipients) {
    const { subject, ...content } = draftDecisionMail(decision, { collection, title: titleOf(doc as never), name: recipient.name, message, url })
    await queueMail(req, { to: recipient.email, subject, ...renderMail(content) })
  }
}

/**
 * One decision from the Wachtrij, made with the editor's own access (req.user, never
 * overrideAccess): an item of another wijk is not found, and every rule of today's workflow applies.
 */
export const decide = async (req: PayloadRequest, input: DecisionInput): Promise<DecisionResult> => {
  const { collection, id } = input
  const doc = (await req.payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: false, disableErrors: true, req })) as Doc | null
  if (!doc) return { ok: false, status: 404, message: NOT_FOUND }
  const waiting = usesEditorialStatus(collection) ? doc.editorialStatus === 'submitted' : Boolean(doc.submittedAt)
  if (!waiting) return { ok: false, status: 409, message: NOT_WAITING }
  if (usesEditorialStatus(collection)) await decideEditorial(req, collection, doc, input)
  else await decideDraft(req, collection, doc, input)
  return { ok: true, title: titleOf(doc as never) }
}
