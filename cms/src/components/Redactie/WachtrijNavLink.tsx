import { Link } from '@payloadcms/ui'
import type { Payload } from 'payload'
import { formatAdminURL } from 'payload/shared'

/** The way to the Wachtrij, in the menu's "Redactie" group (PrivacyNavLink shows that group to the redactie and admins only). */
export const WachtrijNavLink = ({ payload }: { payload: Payload }) => (
  <Link className="nav__link" href={formatAdminURL({ adminRoute: payload.config.routes.admin, path: '/wachtrij' })} id="nav-wachtrij" prefetch={false}>
    <span className="nav__link-label">Wachtrij</span>
  </Link>
)
