import type { CollectionBeforeOperationHook } from 'payload'

import { isEditorRole, roleOf } from '../access/roles'

/**
 * Writers and partners always save drafts, so their edits of a published document never go
 * live without the redactie. An explicit publish is left alone: access refuses it with 403.
 */
export const saveAsDraftForContributors: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  if (!req.user || isEditorRole(roleOf(req))) return args
  const data = (args.data ?? {}) as Record<string, unknown>
  if (data._status === 'published') return args
  return { ...args, draft: true, data: { ...data, _status: 'draft' } }
}
