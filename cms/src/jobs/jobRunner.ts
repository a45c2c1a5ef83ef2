import type { Payload } from 'payload'

import { runDueJobs } from './runDueJobs'

type QueueRun = { running: Promise<void> | null; again: boolean }
type Runner = { queues: Map<string, QueueRun>; last: Promise<void>; stopped: boolean }

const runners = new WeakMap<Payload, Runner>()

const runnerOf = (payload: Payload): Runner => {
  const runner = runners.get(payload) ?? { queues: new Map(), last: Promise.resolve(), stopped: false }
  runners.set(payload, runner)
  return runner
}

const BATCH = 10

const drain = async (payload: Payload, runner: Runner, queue: string, run: QueueRun) => {
  let ranFullBatch: boolean
  do {
    if (runner.stopped) return
    run.again = false
    // One job after another: a batch run in parallel raced on shared documents (an aanvraag's mail log).
    // A full batch may have left due jobs behind (a burst of reactions queued 17 mails): run again
    // rather than leave them to the next sweep, which a process without one never runs.
    ranFullBatch = (await runDueJobs(payload, queue, BATCH)) === BATCH
  } while (run.again || ranFullBatch)
}

/**
 * Runs the due jobs of one queue (build webhooks, mail). Each job is claimed with a lease first
 * (runDueJobs), so other processes never run it twice; within this process a call during a run
 * asks for one more pass instead of starting a second one. Runs of different queues take turns
 * too, so background work never holds two SQLite transactions at once.
 */
export const runQueue = (payload: Payload, queue: string): Promise<void> => {
  const runner = runnerOf(payload)
  if (runner.stopped) return Promise.resolve()
  const run = runner.queues.get(queue) ?? { running: null, again: false }
  runner.queues.set(queue, run)
  if (run.running) {
    run.again = true
    return run.running
  }
  run.running = runner.last
    .then(() => drain(payload, runner, queue, run))
    .catch((error: unknown) => payload.logger.error({ err: error, msg: `Running the ${queue} jobs failed` }))
    .finally(() => {
      run.running = null
    })
  runner.last = run.running
  return run.running
}

/**
 * Other background work (the retention pass) in turn with the queue runs, for the same reason: one
 * SQLite transaction at a time. Resolves to undefined, without running, once the runner has stopped.
 */
export const runInTurn = <T>(payload: Payload, work: () => Promise<T>): Promise<T | undefined> => {
  const runner = runnerOf(payload)
  if (runner.stopped) return Promise.resolve(undefined)
  const turn = runner.last.then(() => (runner.stopped ? undefined : work()))
  runner.last = turn.then(
    () => undefined,
    () => undefined,
  )
  return turn
}

/** On shutdown: no new runs (a commit finishing late would start one on a closed database), and the current one ends. */
const stopJobRunner = async (payload: Payload): Promise<void> => {
  const runner = runnerOf(payload)
  runner.stopped = true
  await runner.last
}

/** Every process runs the jobs it queues right after their commit: `payload.destroy()` first lets them end. */
export const stopJobRunnerOnDestroy = (payload: Payload): void => {
  const destroy = payload.destroy
  payload.destroy = async () => {
    await stopJobRunner(payload)
    await destroy()
  }
}
