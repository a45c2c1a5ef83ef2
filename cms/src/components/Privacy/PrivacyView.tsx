import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { isEditorRole, roleOf } from '../../access/roles'
import { PrivacyTool } from './PrivacyTool'

/**
 * /admin/privacy: an editor exports or erases everything stored about one e-mail address (AVG).
 * Payload sends visitors who are not logged in to the login page; other roles get a short notice
 * here, and the endpoint refuses them anyway.
 */
export const PrivacyView = ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const allowed = isEditorRole(roleOf(req))
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 style={{ margin: 'var(--base) 0' }}>Privacy: gegevens van één e-mailadres</h1>
        {allowed ? (
          <>
            <p style={{ maxWidth: '40rem' }}>
              Vraagt een bewoner wat we over hem of haar bewaren, of wil iemand dat alles weg is? Vul het e-mailadres in. Je ziet wat er gevonden is en kunt het
              downloaden. Daarna kun je alles verwijderen. Je ziet alleen gegevens uit je eigen wijken.
            </p>
            <PrivacyTool endpoint={`${req.payload.config.routes.api}/privacy`} />
          </>
        ) : (
          <p>Deze pagina is alleen voor de redactie.</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
