import type { Access, FieldAccess } from 'payload'

import { isEditorRole, roleOf } from './roles'

/** Redactie of a wijk, or a platform admin. The tenant plugin narrows editors to their own wijken. */
export const isEditor: Access = ({ req }) => isEditorRole(roleOf(req))

export const isEditorField: FieldAccess = ({ req }) => isEditorRole(roleOf(req))
