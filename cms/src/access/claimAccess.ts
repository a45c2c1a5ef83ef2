import type { Access } from 'payload'

import { isEditorRole, roleOf } from './roles'

/**
 * Organisation claims: the redactie sees every claim of its wijken (the tenant plugin narrows them);
 * a partner sees only its own claim, so it can follow the decision.
 */
export const canReadClaim: Access = ({ req }) => {
  if (isEditorRole(roleOf(req))) return true
  return req.user ? { user: { equals: req.user.id } } : false
}
