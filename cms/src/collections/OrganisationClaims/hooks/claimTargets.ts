import type { PayloadRequest } from 'payload'

import { idOf } from '../../../access/roles'
import { refusal } from '../../../editorial/refusal'

type Ref = Parameters<typeof idOf>[0]
type Account = { role?: string | null; tenants?: { tenant?: Ref }[] | null }

/** Only these roles may become a partner through a claim: never the redactie or a platform admin. */
const CLAIMABLE_ROLES = new Set(['writer', 'partner'])

const sameId = (a: Ref, b: Ref) => a !== undefined && a !== null && String(idOf(a)) === String(idOf(b))

/**
 * The account an approval will change: it must still exist, be a writer or partner, and belong to the
 * claim's wijk and no other (the role is platform-wide, so a partner of this wijk is one everywhere).
 * Checked at the moment of approval, whatever happened to the account or the claim since registration.
 */
export const claimableAccount = async (req: PayloadRequest, userRef: Ref, tenant: Ref) => {
  const userId = idOf(userRef)
  const account =
    userId === undefined
      ? null
      : ((await req.payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true, disableErrors: true, req })) as Account | null)
  if (!account) throw refusal('Het account van deze aanvraag bestaat niet meer. Wijs de aanvraag af of verwijder haar.', 400)
  if (!CLAIMABLE_ROLES.has(account.role ?? '')) {
    throw refusal('Deze aanvraag hoort bij een redacteur of beheerder: zo’n account wordt nooit partner. Wijs de aanvraag af.', 400)
  }
  const wijken = account.tenants ?? []
  if (wijken.length === 0 || !wijken.every((row) => sameId(row.tenant, tenant))) {
    throw refusal('Dit account hoort (ook) bij een andere wijk. Alleen de redactie van die wijk of een beheerder kan het koppelen.', 400)
  }
  return userId!
}

/** The organisation an approval links: it must exist and belong to the claim's wijk. */
export const claimableOrganisation = async (req: PayloadRequest, organisationRef: Ref, tenant: Ref) => {
  const organisationId = idOf(organisationRef)!
  const organisation = await req.payload.findByID({
    collection: 'organisations',
    id: organisationId,
    depth: 0,
    draft: true,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!organisation || !sameId(organisation.tenant as Ref, tenant)) {
    throw refusal('Kies een organisatie uit de wijk van deze aanvraag.', 400)
  }
  return organisationId
}
