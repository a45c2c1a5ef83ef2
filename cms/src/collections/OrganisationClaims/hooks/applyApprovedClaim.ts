import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { idOf } from '../../../access/roles'
import { refusal } from '../../../editorial/refusal'

type Claim = { user?: unknown; organisation?: unknown; proposedName?: string | null; tenant?: unknown; status?: string }

/** A new organisation starts as a draft the partner fills in; the redactie publishes it later. */
const createDraftOrganisation = async (req: PayloadRequest, claim: Claim) => {
  const organisation = await req.payload.create({
    collection: 'organisations',
    data: {
      tenant: idOf(claim.tenant as never),
      name: claim.proposedName!.trim(),
      summary: 'Nog in te vullen door de organisatie.',
      _status: 'draft',
    } as never,
    draft: true,
    overrideAccess: true,
    req,
  })
  return organisation.id
}

/**
 * On approval, a claim for a new organisation first creates it (as a draft, in the claim's wijk), so
 * the approved claim always names the organisation; `linkPartnerOnApproval` then links the account.
 */
export const applyApprovedClaim: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const before = originalDoc?.status ?? 'pending'
  if (data.status !== 'approved' || before === 'approved') return data
  const claim: Claim = { ...originalDoc, ...data }
  let organisation = idOf(claim.organisation as never)
  if (organisation === undefined) {
    if (!claim.proposedName?.trim()) {
      throw refusal('Kies eerst de organisatie die deze partner mag beheren.', 400)
    }
    organisation = await createDraftOrganisation(req, claim)
  }
  return { ...data, organisation }
}
