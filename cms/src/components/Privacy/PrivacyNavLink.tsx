import { Link, NavGroup } from '@payloadcms/ui'
import type { ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { isEditorRole, roleOf } from '../../access/roles'

/** In the admin menu, for the redactie and admins only: the way to the privacy tool. */
export const PrivacyNavLink = ({ user, payload }: ServerProps) => {
  if (!isEditorRole(roleOf({ user } as never))) return null
  const href = formatAdminURL({ adminRoute: payload.config.routes.admin, path: '/privacy' })
  return (
    <NavGroup label="Redactie">
      <Link className="nav__link" href={href} id="nav-privacy" prefetch={false}>
        <span className="nav__link-label">Privacy (AVG)</span>
      </Link>
    </NavGroup>
  )
}
