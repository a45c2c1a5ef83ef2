import type { Payload } from 'payload'

import { flushWaitingAanvraagMails } from '../aanvragen/aanvraagOutbox'
import { MAIL_QUEUE } from '../email/queue'
import { MAILCHIMP_QUEUE } from '../mailchimp/queue'
import { runRetention } from '../privacy/retention/runRetention'
import { WEBHOOK_QUEUE } from '../webhook/queue'
import { runInTurn, runQueue } from './jobRunner'
import { pruneOldLeases } from './lease'

/** Every queue the sweep looks after. */
export const SWEPT_QUEUES = [WEBHOOK_QUEUE, MAIL_QUEUE, MAILCHIMP_QUEUE] as const

/** Often enough that a retry leaves within a second of its backoff ending. */
const SWEEP_MS = 1_000

/** The retention pass (old finished jobs and aanvragen, ended claims): a minute after start, then every hour. */
const RETENTION_FIRST_MS = 60_000
const RETENTION_EVERY_MS = 3_600_000

const sweeps = new WeakSet<Payload>()

const sweepOnce = (payload: Payload) => {
  // Aanvragen whose mails a crash left unqueued get them now (before the mail queue runs).
  void runInTurn(payload, () => flushWaitingAanvraagMails(payload)).catch((error: unknown) =>
    payload.logger.error({ err: error, msg: 'Queueing the waiting aanvraag mails failed; the next sweep tries again' }),
  )
  for (const queue of SWEPT_QUEUES) void runQueue(payload, queue)
}

const retain = async (payload: Payload) => {
  await runRetention(payload)
  await runInTurn(payload, () => pruneOldLeases(payload)).catch((error: unknown) => payload.logger.error({ err: error, msg: 'Removing old job claims failed' }))
}

/**
 * The server's background worker; only the server starts it (src/instrumentation.ts), never a
 * command-line tool that boots Payload. Jobs normally run right after their commit; the sweep
 * picks up retries whose backoff has ended, jobs whose worker died (their lease runs out, see
 * runDueJobs) and aanvragen whose mails were not all queued. Several processes may sweep one
 * database: every job is claimed before it runs. It also runs the retention pass, which logs its
 * own failures and never throws. The timers never keep the process alive and stop with
 * `payload.destroy()`. A second call for the same Payload does nothing.
 */
export const startJobSweep = (payload: Payload): void => {
  if (sweeps.has(payload)) return
  sweeps.add(payload)
  const timer = setInterval(() => sweepOnce(payload), SWEEP_MS)
  timer.unref()
  let stopped = false
  let retentionTimer: NodeJS.Timeout | undefined
  // The next pass is timed from the end of this one, so two passes never overlap.
  const scheduleRetention = (ms: number) => {
    if (stopped) return
    retentionTimer = setTimeout(() => void retain(payload).finally(() => scheduleRetention(RETENTION_EVERY_MS)), ms)
    retentionTimer.unref()
  }
  scheduleRetention(RETENTION_FIRST_MS)
  const destroy = payload.destroy
  payload.destroy = async () => {
    stopped = true
    clearInterval(timer)
    clearTimeout(retentionTimer)
    await destroy()
  }
}
