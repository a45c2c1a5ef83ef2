import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../../../access/roles'

/** The claim's title in the admin list: the organisation's name, or the proposed name of a new one. */
export const summariseClaim: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const claim = { ...originalDoc, ...data }
  const organisationId = idOf(claim.organisation)
  if (organisationId !== undefined) {
    const organisation = await req.payload.findByID({
      collection: 'organisations',
      id: organisationId,
      depth: 0,
      draft: true,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (organisation) return { ...data, summary: organisation.name }
  }
  return { ...data, summary: claim.proposedName ? `Nieuw: ${claim.proposedName}` : 'Organisatie' }
}
