import type { Payload } from 'payload'

import { runRetention } from '../privacy/retention/runRetention'
import { runQueue, stopJobRunner } from './jobRunner'

/** Often enough that a retry leaves within a second of its backoff ending. */
const SWEEP_MS = 1_000

/** The retention pass (old finished jobs and aanvragen): a minute after start, then every hour. */
const RETENTION_FIRST_MS = 60_000
const RETENTION_EVERY_MS = 3_600_000

/**
 * Jobs normally run right after their commit; the sweep picks up retries whose backoff has ended
 * and jobs left behind by a crash between commit and run. It also runs the retention pass, which
 * logs its own failures and never throws. The timers never keep the process alive and stop with
 * `payload.destroy()`.
 */
export const startJobSweep = (payload: Payload, queues: readonly string[]): void => {
  const timer = setInterval(() => queues.forEach((queue) => void runQueue(payload, queue)), SWEEP_MS)
  timer.unref()
  let stopped = false
  let retentionTimer: NodeJS.Timeout | undefined
  // The next pass is timed from the end of this one, so two passes never overlap.
  const scheduleRetention = (ms: number) => {
    if (stopped) return
    retentionTimer = setTimeout(() => void runRetention(payload).finally(() => scheduleRetention(RETENTION_EVERY_MS)), ms)
    retentionTimer.unref()
  }
  scheduleRetention(RETENTION_FIRST_MS)
  const destroy = payload.destroy
  payload.destroy = async () => {
    stopped = true
    clearInterval(timer)
    clearTimeout(retentionTimer)
    await stopJobRunner(payload)
    await destroy()
  }
}
