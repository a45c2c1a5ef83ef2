import type { Access } from 'payload'

import { isEditorRole, roleOf } from '../../../access/roles'

const self = (id: number | string) => ({ id: { equals: id } })
const residentOrPartner = { role: { in: ['writer', 'partner'] } }

/** The redactie sees the accounts of its wijken (the tenant plugin narrows them); others only themselves. */
export const canReadUser: Access = ({ req }) => {
  if (isEditorRole(roleOf(req))) return true
  return req.user ? self(req.user.id) : false
}

/** Editors manage residents and partners, never other editors or admins. */
export const canUpdateUser: Access = ({ req }) => {
  if (!req.user) return false
  if (roleOf(req) === 'admin') return true
  if (roleOf(req) === 'editor') return { or: [self(req.user.id), residentOrPartner] }
  return self(req.user.id)
}

export const canDeleteUser: Access = ({ req }) => {
  if (roleOf(req) === 'admin') return true
  return roleOf(req) === 'editor' ? residentOrPartner : false
}
