import type { AdminViewServerProps } from 'payload'

import { isEditorRole, roleOf } from '../../access/roles'
import { EditorOnlyPage } from '../Redactie/EditorOnlyPage'
import { PrivacyTool } from './PrivacyTool'

/**
 * /admin/privacy: an editor exports or erases everything stored about one e-mail address (AVG).
 * Payload sends visitors who are not logged in to the login page; other roles get a short notice
 * here, and the endpoint refuses them anyway.
 */
export const PrivacyView = ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req } = initPageResult
  const allowed = isEditorRole(roleOf(req))
  return (
    <EditorOnlyPage initPageResult={initPageResult} params={params} searchParams={searchParams} title="Privacy: gegevens van één e-mailadres" allowed={allowed}>
      <p style={{ maxWidth: '40rem' }}>
        Vraagt een bewoner wat we over hem of haar bewaren, of wil iemand dat alles weg is? Vul het e-mailadres in. Je ziet wat er gevonden is en kunt het
        downloaden. Daarna kun je alles verwijderen. Je ziet alleen gegevens uit je eigen wijken.
      </p>
      <PrivacyTool endpoint={`${req.payload.config.routes.api}/privacy`} />
    </EditorOnlyPage>
  )
}
