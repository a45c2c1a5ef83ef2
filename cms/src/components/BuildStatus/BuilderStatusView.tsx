import type { CSSProperties } from 'react'

import type { BuilderStatus, WijkBuildStatus } from '../../webhook/builderStatus'
import { BUILD_STATE_LABELS, formatMoment, formatSeconds, TONE_COLOURS } from './labels'

const line: CSSProperties = { margin: '0 0 calc(var(--base) / 4)' }
const small: CSSProperties = { ...line, color: TONE_COLOURS.muted, fontSize: '0.85em', overflowWrap: 'anywhere' }

const toneOf = (state: WijkBuildStatus['state']) => (state === 'idle' ? TONE_COLOURS.ok : state === 'failed' ? TONE_COLOURS.error : TONE_COLOURS.busy)

/** An error the builder reports after its last success; an older one is already solved. */
const openError = (wijk: WijkBuildStatus) =>
  wijk.lastError && (!wijk.lastSuccess || new Date(wijk.lastError.at) > new Date(wijk.lastSuccess.at)) ? wijk.lastError : null

/** What the builder says about this wijk, or why it cannot say anything. */
export const BuilderStatusView = ({ status }: { status: BuilderStatus }) => {
  if (!status.reachable) {
    if (status.reason === 'off') return <p style={line}>Er is geen sitebouwer ingesteld (BUILDER_URL=off). Wijzigingen gaan niet vanzelf live.</p>
    return (
      <>
        <p style={{ ...line, color: TONE_COLOURS.error }}>
          <strong>De sitebouwer is niet bereikbaar.</strong>
        </p>
        <p style={line}>Je wijzigingen zijn bewaard. Het CMS stuurt ze opnieuw zodra de sitebouwer weer werkt.</p>
        <p style={small}>Reden: {status.reason}</p>
      </>
    )
  }
  const { wijk } = status
  if (!wijk) return <p style={line}>De site van deze wijk is nog niet gebouwd.</p>
  const error = openError(wijk)
  const upToDate = wijk.lastSuccess && wijk.lastSuccess.releaseId === wijk.current
  return (
    <>
      <p style={line}>
        <span aria-hidden="true" style={{ color: toneOf(wijk.state) }}>
          ●{' '}
        </span>
        <strong>{BUILD_STATE_LABELS[wijk.state]}</strong>
      </p>
      {wijk.state === 'failed' ? <p style={line}>{wijk.current ? 'De vorige versie blijft online.' : 'Er staat nog geen site online.'}</p> : null}
      {wijk.pending ? <p style={line}>Daarna volgt nog een bouw met de nieuwste wijzigingen.</p> : null}
      {wijk.searchPending ? <p style={line}>De zoekfunctie op de site wordt zo bijgewerkt.</p> : null}
      {error ? (
        <p style={{ ...line, color: TONE_COLOURS.error }}>
          Fout ({formatMoment(error.at)}): {error.message}
        </p>
      ) : null}
      {upToDate ? <p style={line}>Live sinds {formatMoment(wijk.lastSuccess!.at)}.</p> : wijk.current ? null : <p style={line}>Nog geen versie live.</p>}
      {wijk.current ? (
        <p style={small}>
          Versie {wijk.current}
          {upToDate ? ` · gebouwd in ${formatSeconds(wijk.lastSuccess!.seconds)}` : ''}
        </p>
      ) : null}
    </>
  )
}
