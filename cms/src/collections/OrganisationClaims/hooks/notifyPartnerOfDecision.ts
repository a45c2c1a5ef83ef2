import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../../../access/roles'
import { claimDecisionMail } from '../../../accounts/mails/claimDecisionMail'
import { sendAccountMail } from '../../../accounts/sendAccountMail'
import { isDecidedNow } from '../claimStatus'

/** Mails the partner once the redactie approves or rejects its claim (queued with the decision). */
export const notifyPartnerOfDecision: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (!isDecidedNow(operation === 'create' ? undefined : previousDoc, doc)) return doc
  const userId = idOf(doc.user)
  if (userId === undefined) return doc
  const user = await req.payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!user) return doc
  const organisationId = idOf(doc.organisation)
  const organisation =
    organisationId === undefined
      ? null
      : await req.payload.findByID({ collection: 'organisations', id: organisationId, depth: 0, draft: true, overrideAccess: true, disableErrors: true, req })
  const mail = claimDecisionMail({
    name: user.name,
    organisationName: organisation?.name ?? doc.proposedName ?? 'je organisatie',
    approved: doc.status === 'approved',
    reason: doc.rejectionReason,
    isNew: Boolean(doc.proposedName),
  })
  await sendAccountMail(req, user.email, mail)
  return doc
}
