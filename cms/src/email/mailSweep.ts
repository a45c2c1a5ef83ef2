import type { Payload } from 'payload'

import { runMailJobs, stopMailJobs } from './runMailJobs'

const SWEEP_MS = 1_000

/**
 * Mail normally leaves right after its commit; the sweep sends retries whose backoff has ended
 * and mail left behind by a crash. The timer never keeps the process alive.
 */
export const startMailSweep = (payload: Payload): void => {
  const timer = setInterval(() => void runMailJobs(payload), SWEEP_MS)
  timer.unref()
  const destroy = payload.destroy
  payload.destroy = async () => {
    clearInterval(timer)
    await stopMailJobs(payload)
    await destroy()
  }
}
