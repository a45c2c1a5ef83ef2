import type { CollectionBeforeChangeHook } from 'payload'

import { isEditorRole, roleOf } from '../access/roles'

/** Resident content belongs to the account that created it; only the redactie may set another author. */
export const setAuthor: CollectionBeforeChangeHook = ({ data, operation, req, originalDoc }) => {
  if (!req.user) return data
  if (operation === 'create' && (!isEditorRole(roleOf(req)) || !data.author)) data.author = req.user.id
  if (operation === 'update' && !isEditorRole(roleOf(req))) data.author = originalDoc?.author ?? req.user.id
  return data
}
