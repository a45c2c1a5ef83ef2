import type { BuilderStatus } from '../../webhook/builderStatus'
import { BUILD_STATE_LABELS, formatMoment } from './labels'

/** What the builder says about this wijk, or why it cannot say anything. */
export const BuilderStatusView = ({ status }: { status: BuilderStatus }) => {
  if (!status.reachable) {
    if (status.reason === 'off') return <p>Er is geen sitebouwer ingesteld (BUILDER_URL=off): wijzigingen gaan niet automatisch live.</p>
    return (
      <p>
        De sitebouwer is op dit moment niet bereikbaar ({status.reason}). Wijzigingen blijven bewaard; de CMS probeert ze
        opnieuw te versturen zodra de sitebouwer weer werkt.
      </p>
    )
  }
  const { wijk } = status
  if (!wijk) return <p>De sitebouwer heeft deze wijk nog niet gebouwd.</p>
  return (
    <ul>
      <li>Status: {BUILD_STATE_LABELS[wijk.state]}{wijk.pending ? ' (er staat nog een bouw klaar)' : ''}</li>
      <li>Live versie: {wijk.current ?? '–'}</li>
      <li>
        Laatst gelukt:{' '}
        {wijk.lastSuccess ? `${formatMoment(wijk.lastSuccess.at)} (${wijk.lastSuccess.seconds.toFixed(1)} s)` : 'nog nooit'}
      </li>
      {wijk.lastError ? <li>Laatste fout ({formatMoment(wijk.lastError.at)}): {wijk.lastError.message}</li> : null}
    </ul>
  )
}
