import type { FieldAccess } from 'payload'

import { isEditorRole, roleOf } from '../../../access/roles'

/**
 * A field the author may change until the redactie publishes it; after that only the redactie.
 * Payload drops a refused field from the update (it does not fail) and shows it read-only.
 */
export const editableUntilPublished: FieldAccess = ({ req, doc }) =>
  isEditorRole(roleOf(req)) || (doc as { editorialStatus?: string } | undefined)?.editorialStatus !== 'published'

/** A closed post stays closed for its author; the redactie may open it again. */
export const closableOnce: FieldAccess = ({ req, doc }) => isEditorRole(roleOf(req)) || !(doc as { closed?: boolean } | undefined)?.closed
