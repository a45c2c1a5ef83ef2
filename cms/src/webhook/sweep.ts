import type { Payload } from 'payload'

import { runWebhookJobs, webhookJobsSettled } from './runWebhookJobs'

/** Often enough that a retry leaves within a second of its backoff ending. */
const SWEEP_MS = 1_000

/**
 * Deliveries normally leave right after their commit; the sweep picks up retries whose backoff
 * has ended and jobs left behind by a crash between commit and delivery. The timer never keeps
 * the process alive and stops with `payload.destroy()`.
 */
export const startWebhookSweep = (payload: Payload): void => {
  const timer = setInterval(() => void runWebhookJobs(payload), SWEEP_MS)
  timer.unref()
  const destroy = payload.destroy
  payload.destroy = async () => {
    clearInterval(timer)
    await webhookJobsSettled(payload)
    await destroy()
  }
}
