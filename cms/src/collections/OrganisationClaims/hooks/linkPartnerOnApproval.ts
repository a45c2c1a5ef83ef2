import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../../../access/roles'
import { isDecidedNow } from '../claimStatus'

/**
 * An approved claim makes its account the partner of the organisation: from then on access rules
 * (`partnerOrganisationOf`) let it edit that organisation and its events, and nothing else.
 */
export const linkPartnerOnApproval: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (doc.status !== 'approved' || !isDecidedNow(operation === 'create' ? undefined : previousDoc, doc)) return doc
  const user = idOf(doc.user)
  const organisation = idOf(doc.organisation)
  if (user === undefined || organisation === undefined) return doc
  await req.payload.update({ collection: 'users', id: user, data: { role: 'partner', organisation: organisation as number }, overrideAccess: true, req })
  return doc
}
