import type { Payload } from 'payload'

import { MAIL_QUEUE } from './queue'

type RunnerState = { running: Promise<void> | null; again: boolean }

const states = new WeakMap<Payload, RunnerState>()

const drain = async (payload: Payload, state: RunnerState) => {
  do {
    state.again = false
    await payload.jobs.run({ queue: MAIL_QUEUE, limit: 10, silent: { info: true } })
  } while (state.again)
}

/**
 * Runs every due mail job, one runner per Payload instance (as runWebhookJobs): two runners could
 * pick the same job and send one mail twice. A call during a run asks for one more pass.
 */
export const runMailJobs = (payload: Payload): Promise<void> => {
  const state = states.get(payload) ?? { running: null, again: false }
  states.set(payload, state)
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

export const mailJobsSettled = async (payload: Payload): Promise<void> => {
  await states.get(payload)?.running
}
