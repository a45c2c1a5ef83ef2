import type { Access, Where } from 'payload'

import { isPublishingAttempt } from '../../../access/publishesOnlyAsEditor'
import { idOf, isEditorRole, partnerOrganisationOf, roleOf } from '../../../access/roles'

type Data = Record<string, unknown> | undefined
type Req = Parameters<typeof roleOf>[0]

/** A partner may only write events hosted by its own organisation, and only as drafts. */
const partnerMayWrite = (req: Req, data: Data, requireOrganisation: boolean) => {
  const own = partnerOrganisationOf(req)
  if (roleOf(req) !== 'partner' || own === undefined) return undefined
  if (isPublishingAttempt({ req, data })) return undefined
  const target = idOf(data?.organisation as never)
  if (target === undefined ? requireOrganisation : String(target) !== String(own)) return undefined
  return own
}

/**
 * A resident (writer) proposes an activity of their own ("ik organiseer iets"): a draft, never for an
 * organisation (that is the partner's), never published. The tenant plugin keeps it in their own wijk.
 */
const writerMayWrite = (req: Req, data: Data): boolean =>
  roleOf(req) === 'writer' && Boolean(req.user) && !isPublishingAttempt({ req, data }) && idOf(data?.organisation as never) === undefined

const ownProposal = (req: Req): Where => ({ proposedBy: { equals: req.user!.id } })

/** Everyone signed in sees the published agenda; residents and partners also their own drafts, nobody else's. */
export const canReadEvent: Access = ({ req }) => {
  if (!req.user) return false
  if (isEditorRole(roleOf(req))) return true
  const visible: Where[] = [{ _status: { equals: 'published' } }, ownProposal(req)]
  const own = partnerOrganisationOf(req)
  if (roleOf(req) === 'partner' && own !== undefined) visible.push({ organisation: { equals: own } })
  return { or: visible }
}

export const canCreateEvent: Access = ({ req, data }) =>
  isEditorRole(roleOf(req)) || partnerMayWrite(req, data, true) !== undefined || writerMayWrite(req, data)

export const canUpdateEvent: Access = ({ req, data }) => {
  if (isEditorRole(roleOf(req))) return true
  if (writerMayWrite(req, data)) return ownProposal(req)
  const own = partnerMayWrite(req, data, false)
  return own === undefined ? false : { organisation: { equals: own } }
}

/** A resident may withdraw (delete) a proposal the redactie has not published; a partner its organisation's events. */
export const canDeleteEvent: Access = ({ req }) => {
  if (isEditorRole(roleOf(req))) return true
  if (roleOf(req) === 'writer' && req.user) {
    const unpublishedProposal: Where = { and: [ownProposal(req), { _status: { not_equals: 'published' } }] }
    return unpublishedProposal
  }
  const own = partnerOrganisationOf(req)
  return roleOf(req) === 'partner' && own !== undefined ? { organisation: { equals: own } } : false
}
