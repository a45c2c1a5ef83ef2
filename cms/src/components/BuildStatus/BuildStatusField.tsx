import type { UIFieldServerProps } from 'payload'

import { canRebuildWijk } from '../../access/canRebuildWijk'
import { fetchBuilderStatus } from '../../webhook/builderStatus'
import { recentDeliveries } from '../../webhook/recentDeliveries'
import { BuilderStatusView } from './BuilderStatusView'
import { DeliveriesView } from './DeliveriesView'
import { RebuildButton } from './RebuildButton'

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
      <h3 id="build-status-heading">Website</h3>
      <BuilderStatusView status={status} />
      <h4>Laatste bouwverzoeken</h4>
      <DeliveriesView deliveries={deliveries} />
      {canRebuildWijk(req, id) ? <RebuildButton endpoint={`${apiRoute}/wijken/${id}/rebuild`} /> : null}
    </section>
  )
}
