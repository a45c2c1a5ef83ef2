import type { Access } from 'payload'

import { isPublishingAttempt } from '../../../access/publishesOnlyAsEditor'
import { isEditorRole, partnerOrganisationOf, roleOf } from '../../../access/roles'

/** Editors edit every organisation in their wijk; a partner only its own, and only as a draft. */
export const canUpdateOrganisation: Access = ({ req, data }) => {
  if (isEditorRole(roleOf(req))) return true
  const own = partnerOrganisationOf(req)
  if (roleOf(req) !== 'partner' || own === undefined) return false
  if (isPublishingAttempt({ req, data })) return false
  return { id: { equals: own } }
}
