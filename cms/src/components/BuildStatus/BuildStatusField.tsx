import type { UIFieldServerProps } from 'payload'

import { canRebuildWijk } from '../../access/canRebuildWijk'
import { fetchBuilderStatus } from '../../webhook/builderStatus'
import { recentDeliveries } from '../../webhook/recentDeliveries'
import { LiveBuildStatus } from './LiveBuildStatus'

/**
 * On the wijk's edit view: is the site up to date? The builder's own status next to the CMS's
 * record of the build requests it sent, and a button to rebuild by hand.
 */
export const BuildStatusField = async ({ id, data, payload, req }: UIFieldServerProps) => {
  const slug = (data as { slug?: string } | undefined)?.slug
  if (id === undefined || !slug) return <p>Na het opslaan van de wijk zie je hier de status van de website.</p>
  const [status, deliveries] = await Promise.all([fetchBuilderStatus(slug), recentDeliveries(payload, slug)])
  const apiRoute = payload.config.routes.api
  return (
    <section aria-labelledby="build-status-heading" style={{ marginBottom: 'var(--base)' }}>
      <h3 id="build-status-heading" style={{ marginBottom: 'calc(var(--base) / 2)' }}>
        Website
      </h3>
      <LiveBuildStatus
        initial={{ status, deliveries }}
        rebuildEndpoint={canRebuildWijk(req, id) ? `${apiRoute}/wijken/${id}/rebuild` : null}
        wijkId={String(id)}
      />
    </section>
  )
}
