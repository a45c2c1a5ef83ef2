import type { CollectionBeforeChangeHook } from 'payload'

import { idOf, roleOf } from '../access/roles'
import type { EditorialStatus } from '../fields/editorialFields'
import { refusal } from './refusal'
import { editorialTransitionError } from './transitions'

/**
 * Guards the editorial workflow and keeps Payload's own publication state in step with it:
 * only `published` resident content is live. Works for collections with and without drafts.
 */
export const applyEditorialStatus: CollectionBeforeChangeHook = ({ data, originalDoc, req, collection, operation }) => {
  const from = (originalDoc?.editorialStatus ?? 'draft') as EditorialStatus
  const to = (data.editorialStatus ?? from) as EditorialStatus
  // Without a user this is the system itself (seed, server code), which is trusted.
  const isAuthor = Boolean(req.user) && (operation === 'create' || String(idOf(originalDoc?.author)) === String(req.user?.id))
  const error = req.user ? editorialTransitionError(roleOf(req), from, to, { isAuthor }) : null
  if (error) throw refusal(error)
  data.editorialStatus = to
  if (to !== 'rejected') data.rejectionReason = null
  if (to === 'published' && !originalDoc?.publishedAt && !data.publishedAt) data.publishedAt = new Date().toISOString()
  if (collection.versions?.drafts) data._status = to === 'published' ? 'published' : 'draft'
  return data
}
