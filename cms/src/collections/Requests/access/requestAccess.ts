import type { Access, Where } from 'payload'

import { isEditorRole, partnerOrganisationOf, roleOf } from '../../../access/roles'

/** A partner sees the aanvragen addressed to its organisation or to one of its events. */
export const canReadOrHandleRequest: Access = ({ req }) => {
  if (isEditorRole(roleOf(req))) return true
  const own = partnerOrganisationOf(req)
  if (roleOf(req) !== 'partner' || own === undefined) return false
  const addressedToOwn: Where = { or: [{ organisation: { equals: own } }, { 'event.organisation': { equals: own } }] }
  return addressedToOwn
}
