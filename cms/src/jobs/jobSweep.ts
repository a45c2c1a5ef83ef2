import type { Payload } from 'payload'

import { runQueue, stopJobRunner } from './jobRunner'

/** Often enough that a retry leaves within a second of its backoff ending. */
const SWEEP_MS = 1_000

/**
 * Jobs normally run right after their commit; the sweep picks up retries whose backoff has ended
 * and jobs left behind by a crash between commit and run. The timer never keeps the process alive
 * and stops with `payload.destroy()`.
 */
export const startJobSweep = (payload: Payload, queues: readonly string[]): void => {
  const timer = setInterval(() => queues.forEach((queue) => void runQueue(payload, queue)), SWEEP_MS)
  timer.unref()
  const destroy = payload.destroy
  payload.destroy = async () => {
    clearInterval(timer)
    await stopJobRunner(payload)
    await destroy()
  }
}
