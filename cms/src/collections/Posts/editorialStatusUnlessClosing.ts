import type { CollectionBeforeChangeHook } from 'payload'

import { isEditorRole, roleOf } from '../../access/roles'
import { applyEditorialStatus } from '../../editorial/applyEditorialStatus'

/**
 * The poster of a published post may still close it. Every other field is locked by field
 * access by then, so the editorial status stays `published` and the workflow check is skipped
 * for that one case; everything else goes through applyEditorialStatus as usual.
 */
export const editorialStatusUnlessClosing: CollectionBeforeChangeHook = (args) => {
  const { data, originalDoc, req, operation } = args
  const authorUpdatesPublished = operation === 'update' && req.user && !isEditorRole(roleOf(req)) && originalDoc?.editorialStatus === 'published'
  if (!authorUpdatesPublished) return applyEditorialStatus(args)
  data.editorialStatus = 'published'
  return data
}
