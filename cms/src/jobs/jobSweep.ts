import type { Payload } from 'payload'

import { runInTurn, runQueue } from './jobRunner'
import { pruneOldLeases } from './lease'
import { QUEUES } from './queues'

/** Often enough that a retry leaves within a second of its backoff ending. */
const SWEEP_MS = 1_000

/** The retention pass (the registered passes, then ended claims): a minute after start, then every hour. */
const RETENTION_FIRST_MS = 60_000
const RETENTION_EVERY_MS = 3_600_000

/**
 * Work of the features that the sweep runs besides the queues; payload.config.ts registers it (see
 * registerSweepWork), so this folder knows no feature.
 */
export type SweepWork = {
  /**
   * Runs in turn with the queues at every sweep, before they run (an outbox a crash left unqueued).
   * `failed` is the message logged when it throws; the next sweep tries again.
   */
  everySweep?: { run: (payload: Payload) => Promise<unknown>; failed: string }[]
  /**
   * The retention pass, a minute after start and then every hour, one after another and before the
   * old job claims are removed. Each logs its own failures and never throws; each takes its turn
   * with the queues itself (runInTurn), page by page.
   */
  retention?: ((payload: Payload) => Promise<unknown>)[]
}

const registered = new WeakMap<Payload, SweepWork>()

/** Hands the sweep the features' work (payload.config.ts does this in onInit, before anyone starts a sweep). */
export const registerSweepWork = (payload: Payload, work: SweepWork): void => {
  registered.set(payload, work)
}

const sweeps = new WeakSet<Payload>()

const sweepOnce = (payload: Payload, work: SweepWork) => {
  for (const { run, failed } of work.everySweep ?? []) {
    void runInTurn(payload, () => run(payload)).catch((error: unknown) => payload.logger.error({ err: error, msg: failed }))
  }
  for (const queue of QUEUES) void runQueue(payload, queue)
}

const retain = async (payload: Payload, work: SweepWork) => {
  for (const pass of work.retention ?? []) await pass(payload)
  await runInTurn(payload, () => pruneOldLeases(payload)).catch((error: unknown) => payload.logger.error({ err: error, msg: 'Removing old job claims failed' }))
}

/**
 * The server's background worker; only the server starts it (src/instrumentation.ts), never a
 * command-line tool that boots Payload. Jobs normally run right after their commit; the sweep
 * picks up retries whose backoff has ended and jobs whose worker died (their lease runs out, see
 * runDueJobs), and runs the work the features registered (registerSweepWork). Several processes
 * may sweep one database: every job is claimed before it runs. It also runs the retention pass.
 * The timers never keep the process alive and stop with `payload.destroy()`. A second call for
 * the same Payload does nothing.
 */
export const startJobSweep = (payload: Payload): void => {
  if (sweeps.has(payload)) return
  sweeps.add(payload)
  const work = registered.get(payload) ?? {}
  const timer = setInterval(() => sweepOnce(payload, work), SWEEP_MS)
  timer.unref()
  let stopped = false
  let retentionTimer: NodeJS.Timeout | undefined
  // The next pass is timed from the end of this one, so two passes never overlap.
  const scheduleRetention = (ms: number) => {
    if (stopped) return
    retentionTimer = setTimeout(() => void retain(payload, work).finally(() => scheduleRetention(RETENTION_EVERY_MS)), ms)
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
