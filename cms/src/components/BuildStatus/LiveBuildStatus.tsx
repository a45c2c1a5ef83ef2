'use client'

import { useEffect, useState } from 'react'

import { BuilderStatusView } from './BuilderStatusView'
import { DeliveriesView } from './DeliveriesView'
import { type BuildStatusData, loadBuildStatus } from './loadBuildStatus'
import { RebuildButton } from './RebuildButton'

const POLL_MS = 2_500
/** After a click, keep looking this long for the new version (a build takes seconds to a minute). */
const WATCH_AFTER_CLICK_MS = 3 * 60_000
/** A build that is already running when the page opens is followed this long. */
const WATCH_ON_OPEN_MS = 10 * 60_000

/** What to look for: until when, and the live release and last error when it started. */
type Watch = { until: number; from: string | null; fromError: string | null; clicked: boolean; delay: number }

const busy = (data: BuildStatusData) =>
  data.status.reachable &&
  data.status.wijk !== null &&
  (data.status.wijk.state === 'queued' || data.status.wijk.state === 'building' || data.status.wijk.pending)

/** A fast publish is live and the release with its search index follows: keep following, quietly. */
const searchFollows = (data: BuildStatusData) => data.status.reachable && data.status.wijk !== null && data.status.wijk.searchPending

const liveRelease = (data: BuildStatusData) => (data.status.reachable ? (data.status.wijk?.current ?? null) : null)
const lastErrorAt = (data: BuildStatusData) => (data.status.reachable ? (data.status.wijk?.lastError?.at ?? null) : null)
const watchFrom = (data: BuildStatusData, ms: number, clicked: boolean): Watch => ({
  until: Date.now() + ms,
  from: liveRelease(data),
  fromError: lastErrorAt(data),
  clicked,
  // right after a click, show the queued build soon
  delay: clicked ? 500 : POLL_MS,
})

/**
 * The status, the deliveries and the button, kept up to date while a build runs. It asks the server
 * itself: refreshing the page would throw away what the editor typed but did not save yet.
 */
export const LiveBuildStatus = ({ wijkId, initial, rebuildEndpoint }: { wijkId: string; initial: BuildStatusData; rebuildEndpoint: string | null }) => {
  const [data, setData] = useState(initial)
  const [message, setMessage] = useState<string | null>(null)
  const [watch, setWatch] = useState<Watch | null>(() => (busy(initial) || searchFollows(initial) ? watchFrom(initial, WATCH_ON_OPEN_MS, false) : null))

  // A new server render (after saving the wijk) brings fresh data.
  useEffect(() => {
    setData(initial)
    if (busy(initial) || searchFollows(initial)) setWatch((current) => current ?? watchFrom(initial, WATCH_ON_OPEN_MS, false))
  }, [initial])

  useEffect(() => {
    if (!watch) return
    const timer = setTimeout(async () => {
      const next = await loadBuildStatus(wijkId).catch(() => null)
      if (!next) return setWatch(null)
      setData(next)
      const failed = next.status.reachable && next.status.wijk?.state === 'failed' && lastErrorAt(next) !== watch.fromError
      const newRelease = liveRelease(next) !== watch.from && !busy(next)
      if (watch.clicked && newRelease) setMessage('Klaar: de nieuwe versie staat online.')
      if (watch.clicked && failed) setMessage('Het bouwen is mislukt. De fout staat hierboven.')
      const settled = !busy(next) && !searchFollows(next)
      const done = failed || (newRelease && settled) || (!watch.clicked && settled) || Date.now() > watch.until
      setWatch(done ? null : { ...watch, delay: POLL_MS })
    }, watch.delay)
    return () => clearTimeout(timer)
  }, [watch, wijkId])

  const queued = () => setWatch(watchFrom(data, WATCH_AFTER_CLICK_MS, true))

  return (
    <>
      <BuilderStatusView status={data.status} />
      <h4 style={{ margin: 'var(--base) 0 calc(var(--base) / 2)', fontSize: 'inherit', fontWeight: 600 }}>Laatste bouwverzoeken</h4>
      <DeliveriesView deliveries={data.deliveries} />
      {rebuildEndpoint ? <RebuildButton endpoint={rebuildEndpoint} message={message} onMessage={setMessage} onQueued={queued} /> : null}
    </>
  )
}
