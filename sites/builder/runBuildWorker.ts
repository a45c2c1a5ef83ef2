import { fork } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { BuildError } from './buildError.ts'
import type { BuildReleaseInput, BuildReleaseResult } from './buildRelease.ts'

const workerFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'buildWorker.ts')

type WorkerMessage = { ok: true; result: BuildReleaseResult } | { ok: false; message: string }

/** Kills a worker and everything it started (Astro): they share the worker's process group. */
export const killBuildGroup = (pid: number) => {
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // already gone
  }
}

/**
 * Runs buildRelease in a child process (its own process group). `onStart` receives the pid, which
 * /status shows, so an operator (or a test) can stop a build. A kill, a crash or the timeout all
 * reject with a BuildError; whatever the worker started is killed with it.
 */
export const runBuildWorker = (input: BuildReleaseInput, timeoutMs: number, onStart: (pid: number) => void): Promise<BuildReleaseResult> =>
  new Promise((resolve, reject) => {
    const child = fork(workerFile, [JSON.stringify(input)], { detached: true, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    let message: WorkerMessage | null = null
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      if (child.pid) killBuildGroup(child.pid)
    }, timeoutMs)
    if (child.pid) onStart(child.pid)
    child.on('message', (received) => (message = received as WorkerMessage))
    child.on('error', (error) => reject(new BuildError(`Het bouwproces startte niet: ${error.message}`)))
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      if (child.pid) killBuildGroup(child.pid)
      if (message?.ok && code === 0) return resolve(message.result)
      if (timedOut) return reject(new BuildError(`De bouw duurde langer dan ${Math.round(timeoutMs / 1000)} s en is gestopt.`))
      if (signal) return reject(new BuildError(`Het bouwproces is gestopt (${signal}).`))
      reject(new BuildError(`De bouw is mislukt: ${message && !message.ok ? message.message : `exit ${code}`}`))
    })
  })
