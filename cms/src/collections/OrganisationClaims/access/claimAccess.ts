import type { Access } from 'payload'

import { isEditorRole, roleOf } from '../../../access/roles'

/**
 * Organisation claims: the redactie sees every claim of its wijken (the tenant plugin narrows them);
 * a partner sees only its own claim, so it can follow the decision.
 */
export const canReadClaim: Access = ({ req }) => {
  if (isEditorRole(roleOf(req))) return true
  return req.user ? { user: { equals: req.user.id } } : false
}

/**
 * Nobody creates a claim through the API, admins included: a claim records what a partner asked for
 * when registering (registerAccount writes it server-side). Approving one changes an account's role,
 * so a claim made up by hand was a way to change any account. An admin who wants to make someone a
 * partner sets the role and organisation on the account itself.
 */
export const noClaimsThroughApi: Access = () => false
