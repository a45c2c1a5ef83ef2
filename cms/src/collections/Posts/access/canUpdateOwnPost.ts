import type { Access, Where } from 'payload'

import { isEditorRole, roleOf } from '../../../access/roles'

/**
 * A poster may update their own prikbord post in any state: once it is published only `closed`
 * stays editable (the fields lock themselves, see editableUntilPublished), so they can close it.
 */
export const canUpdateOwnPost: Access = ({ req }) => {
  if (isEditorRole(roleOf(req))) return true
  if (!req.user) return false
  const own: Where = { author: { equals: req.user.id } }
  return own
}
