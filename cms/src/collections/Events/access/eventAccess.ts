import type { Access } from 'payload'

import { isPublishingAttempt } from '../../../access/publishesOnlyAsEditor'
import { idOf, isEditorRole, partnerOrganisationOf, roleOf } from '../../../access/roles'

type Data = Record<string, unknown> | undefined

/** A partner may only write events hosted by its own organisation, and only as drafts. */
const partnerMayWrite = (req: Parameters<typeof roleOf>[0], data: Data, requireOrganisation: boolean) => {
  const own = partnerOrganisationOf(req)
  if (roleOf(req) !== 'partner' || own === undefined) return undefined
  if (isPublishingAttempt({ req, data })) return undefined
  const target = idOf(data?.organisation as never)
  if (target === undefined ? requireOrganisation : String(target) !== String(own)) return undefined
  return own
}

export const canCreateEvent: Access = ({ req, data }) => isEditorRole(roleOf(req)) || partnerMayWrite(req, data, true) !== undefined

export const canUpdateEvent: Access = ({ req, data }) => {
  if (isEditorRole(roleOf(req))) return true
  const own = partnerMayWrite(req, data, false)
  return own === undefined ? false : { organisation: { equals: own } }
}

export const canDeleteEvent: Access = ({ req }) => {
  if (isEditorRole(roleOf(req))) return true
  const own = partnerOrganisationOf(req)
  return roleOf(req) === 'partner' && own !== undefined ? { organisation: { equals: own } } : false
}
