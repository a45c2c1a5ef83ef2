import type { Payload } from 'payload'

import { MAIL_QUEUE } from './queue'

type RunnerState = { running: Promise<void> | null; again: boolean; stopped: boolean }

const states = new WeakMap<Payload, RunnerState>()

const drain = async (payload: Payload, state: RunnerState) => {
  do {
    if (state.stopped) return
    state.again = false
    // Sequential: jobs.run runs a batch in parallel, and two mails of one document would race on its mail log.
    await payload.jobs.run({ queue: MAIL_QUEUE, limit: 10, sequential: true, silent: { info: true } })
  } while (state.again)
}

/**
 * Runs every due mail job, one runner per Payload instance (as runWebhookJobs): two runners could
 * pick the same job and send one mail twice. A call during a run asks for one more pass.
 */
export const runMailJobs = (payload: Payload): Promise<void> => {
  const state = states.get(payload) ?? { running: null, again: false, stopped: false }
  states.set(payload, state)
  if (state.stopped) return Promise.resolve()
  if (state.running) {
    state.again = true
    return state.running
  }
  state.running = drain(payload, state)
    .catch((error: unknown) => payload.logger.error({ err: error, msg: 'Running mail jobs failed' }))
    .finally(() => {
      state.running = null
    })
  return state.running
}

/** On shutdown: no new runs (a commit finishing late would start one on a closed database), and the current one ends. */
export const stopMailJobs = async (payload: Payload): Promise<void> => {
  const state = states.get(payload) ?? { running: null, again: false, stopped: true }
  state.stopped = true
  states.set(payload, state)
  await state.running
}
