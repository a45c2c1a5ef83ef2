import type { Access, Where } from 'payload'

import { isEditorRole, roleOf } from './roles'

/**
 * Resident content (buurtkrant articles, prikbord posts) follows the editorial workflow:
 * residents see what is published plus their own work; the redactie sees everything.
 */
export const canReadResidentContent: Access = ({ req }) => {
  if (isEditorRole(roleOf(req))) return true
  if (!req.user) return false
  const visible: Where = {
    or: [{ author: { equals: req.user.id } }, { editorialStatus: { equals: 'published' } }],
  }
  return visible
}

/** Residents change only their own items, and never once they are published. */
export const canChangeOwnResidentContent: Access = ({ req }) => {
  if (isEditorRole(roleOf(req))) return true
  if (!req.user) return false
  const ownUnpublished: Where = {
    and: [{ author: { equals: req.user.id } }, { editorialStatus: { not_equals: 'published' } }],
  }
  return ownUnpublished
}
