import type { LastSuccess } from './release/wijkInfo.ts'

type BuildState = 'idle' | 'queued' | 'building' | 'failed'

/** One wijk's build status as /status reports it (the CMS admin reads state, current, pending, lastSuccess, lastError). */
export type WijkStatus = {
  state: BuildState
  /** The live release id, read from the `current` link. */
  current: string | null
  /** Another build is wanted after the running one (changes arrived while it ran). */
  pending: boolean
  /** The live pages are newer than the search index: a fast publish, whose index follows shortly. */
  searchPending: boolean
  lastSuccess: LastSuccess | null
  lastError: { at: string; message: string } | null
  /** Builds finished by this builder process, successful or not. */
  builds: number
  /** Wall time of successful builds in this process, in seconds. */
  durations: { last: number | null; average: number | null; max: number | null }
  /** When the next retry of a failed build starts. */
  retryAt: string | null
  /** The running build's process (group) id: `kill -- -<pid>` stops it. */
  buildPid: number | null
}

/** A wijk's status before anything happened in this process. */
export const freshStatus = (lastSuccess: LastSuccess | null): Omit<WijkStatus, 'current'> => ({
  state: 'idle',
  pending: false,
  searchPending: false,
  lastSuccess,
  lastError: null,
  builds: 0,
  durations: { last: null, average: null, max: null },
  retryAt: null,
  buildPid: null,
})

/** Adds one successful build's duration to the running figures. */
export const withDuration = (durations: WijkStatus['durations'], successes: number, seconds: number): WijkStatus['durations'] => ({
  last: seconds,
  average: ((durations.average ?? 0) * (successes - 1) + seconds) / successes,
  max: Math.max(durations.max ?? 0, seconds),
})
