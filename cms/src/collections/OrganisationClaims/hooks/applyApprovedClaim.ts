import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { idOf } from '../../../access/roles'
import { refusal } from '../../../editorial/refusal'
import { claimableAccount, claimableOrganisation } from './claimTargets'

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
 * From then on access rules (`partnerOrganisationOf`) let the account edit that organisation and its
 * events, and nothing else. The checks of `claimableAccount` decide whether this may happen at all.
 */
const linkPartner = (req: PayloadRequest, userId: number | string, organisationId: number | string) =>
  req.payload.update({ collection: 'users', id: userId, data: { role: 'partner', organisation: organisationId as number }, overrideAccess: true, req })

/**
 * Approving a claim links its account in the same step, before the claim is stored as approved: if
 * any part fails (the account may not become a partner, the organisation is of another wijk, the
 * write fails) the save fails, the claim stays pending with the reason shown, and saving the approval
 * again finishes it. A new organisation is created as a draft in the claim's wijk first, and removed
 * again when the link fails, so a failed approval leaves nothing behind. With database transactions
 * (MongoDB replica set, SQLITE_TRANSACTIONS) the link and the claim also commit together.
 */
export const applyApprovedClaim: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const before = originalDoc?.status ?? 'pending'
  if (data.status !== 'approved' || before === 'approved') return data
  const claim: Claim = { ...originalDoc, ...data }
  const userId = await claimableAccount(req, claim.user as never, claim.tenant as never)
  const named = idOf(claim.organisation as never)
  if (named === undefined && !claim.proposedName?.trim()) {
    throw refusal('Kies eerst de organisatie die deze partner mag beheren.', 400)
  }
  const organisation = named === undefined ? await createDraftOrganisation(req, claim) : await claimableOrganisation(req, named, claim.tenant as never)
  try {
    await linkPartner(req, userId, organisation)
  } catch (error) {
    if (named === undefined) await req.payload.delete({ collection: 'organisations', id: organisation, overrideAccess: true, req }).catch(() => undefined)
    throw error
  }
  return { ...data, organisation }
}
