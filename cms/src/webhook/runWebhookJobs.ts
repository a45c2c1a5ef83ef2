import type { Payload } from 'payload'

import { WEBHOOK_QUEUE } from './queue'

type RunnerState = { running: Promise<void> | null; again: boolean }

const states = new WeakMap<Payload, RunnerState>()

const stateOf = (payload: Payload): RunnerState => {
  const state = states.get(payload) ?? { running: null, again: false }
  states.set(payload, state)
  return state
}

const drain = async (payload: Payload, state: RunnerState) => {
  do {
    state.again = false
    await payload.jobs.run({ queue: WEBHOOK_QUEUE, limit: 10, silent: { info: true } })
  } while (state.again)
}

/**
 * Runs every due webhook job. Calls are serialised per Payload instance: Payload picks jobs with
 * a read followed by a write, so two runners at once could send one delivery twice. A call that
 * arrives while a run is going asks for one more pass instead of starting a second runner.
 */
export const runWebhookJobs = (payload: Payload): Promise<void> => {
  const state = stateOf(payload)
  if (state.running) {
    state.again = true
    return state.running
  }
  state.running = drain(payload, state)
    .catch((error: unknown) => payload.logger.error({ err: error, msg: 'Running build webhook jobs failed' }))
    .finally(() => {
      state.running = null
    })
  return state.running
}

/** Resolves when no run is going (before closing the database). */
export const webhookJobsSettled = async (payload: Payload): Promise<void> => {
  await states.get(payload)?.running
}
