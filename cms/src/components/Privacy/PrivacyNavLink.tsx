import { Link, NavGroup } from '@payloadcms/ui'
import type { ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { isEditorRole, roleOf } from '../../access/roles'
import { WachtrijNavLink } from '../Redactie/WachtrijNavLink'

/** In the admin menu, for the redactie and admins only: the redactie's Wachtrij and the privacy tool. */
export const PrivacyNavLink = ({ user, payload }: ServerProps) => {
  if (!isEditorRole(roleOf({ user } as never))) return null
  const href = formatAdminURL({ adminRoute: payload.config.routes.admin, path: '/privacy' })
  return (
    <NavGroup label="Redactie">
      <WachtrijNavLink payload={payload} />
      <Link className="nav__link" href={href} id="nav-privacy" prefetch={false}>
        <span className="nav__link-label">Privacy (AVG)</span>
      </Link>
    </NavGroup>
  )
}
