import type { Access, Where } from 'payload'

import { isEditorRole, roleOf } from '../../../access/roles'
import { mediaIsShown } from '../../../webhook/mediaIsShown'
import { shownMediaWhere } from './shownMedia'

/**
 * Images: the redactie reads all of its wijken's (the tenant plugin narrows editors); residents and
 * partners their own uploads and what the sites show; the public only what the sites show. Photos
 * of posts waiting for the redactie, rejected or expired ones stay with their uploader and the redactie.
 * Applies to the REST/GraphQL documents and to the files (`/api/media/file/<name>`) alike.
 */
export const canReadMedia: Access = async ({ req, id, data, isReadingStaticFile }) => {
  if (isEditorRole(roleOf(req))) return true
  const filename = isReadingStaticFile ? (data as { filename?: string } | undefined)?.filename : undefined
  const shown = await shownMediaWhere(req, { id, filename })
  if (!req.user) return shown
  const own: Where = { uploadedBy: { equals: req.user.id } }
  return shown === false ? own : { or: [own, shown] }
}

/**
 * The redactie changes any image; a resident or partner only their own upload, and only while no
 * site shows it (so Mijn buurt can correct the alt text of a photo that waits with its piece, and a
 * published photo never changes without the redactie).
 */
export const canUpdateMedia: Access = async ({ req, id }) => {
  if (isEditorRole(roleOf(req))) return true
  if (!req.user || id === undefined || (await mediaIsShown(req, id))) return false
  const own: Where = { uploadedBy: { equals: req.user.id } }
  return own
}
