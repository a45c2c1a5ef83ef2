import { type ChildProcess, fork } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { BuildError } from '../buildError.ts'
import type { BuildReleaseInput, BuildReleaseResult } from '../render/buildRelease.ts'
import type { IndexReleaseInput } from '../render/indexRelease.ts'

const workerFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'buildWorker.ts')

/** What the worker does: a build, or the search index that follows a fast publish. */
export type WorkerTask = { kind: 'build'; input: BuildReleaseInput } | { kind: 'index'; input: IndexReleaseInput }

type ResultOf<T extends WorkerTask> = T extends { kind: 'build' } ? BuildReleaseResult : void

type WorkerMessage<R> = { ok: true; result: R } | { ok: false; message: string }

/** Kills a worker and everything it started (Astro): they share the worker's process group. */
export const killBuildGroup = (pid: number) => {
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // already gone
  }
}

/**
 * Runs a task (buildRelease, indexRelease) in the build worker (see buildWorker.ts), starting a new one when there is none
 * or the last one died. `onStart` receives the worker's pid, which /status shows while it builds, so
 * an operator (or a test) can stop a build. A kill, a crash or the timeout reject with a BuildError
 * and take the worker's whole process group with them.
 */
export const createBuildRunner = (timeoutMs: number) => {
  let worker: ChildProcess | null = null

  const workerProcess = () => {
    if (worker && worker.exitCode === null && worker.signalCode === null && worker.connected) return worker
    const child = fork(workerFile, [], { detached: true, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    // Whatever the worker leaves behind when it dies (an Astro child) goes with it.
    child.on('exit', () => child.pid && killBuildGroup(child.pid))
    return (worker = child)
  }

  const run = <T extends WorkerTask>(task: T, onStart: (pid: number) => void): Promise<ResultOf<T>> =>
    new Promise((resolve, reject) => {
      const child = workerProcess()
      let timedOut = false
      const timer = setTimeout(() => {
        timedOut = true
        if (child.pid) killBuildGroup(child.pid)
      }, timeoutMs)
      const finish = () => {
        clearTimeout(timer)
        child.off('message', onMessage)
        child.off('exit', onExit)
        child.off('error', onError)
      }
      const onMessage = (message: WorkerMessage<ResultOf<T>>) => {
        finish()
        if (message.ok) resolve(message.result)
        else reject(new BuildError(`De bouw is mislukt: ${message.message}`))
      }
      const onExit = (code: number | null, signal: string | null) => {
        finish()
        if (timedOut) reject(new BuildError(`De bouw duurde langer dan ${Math.round(timeoutMs / 1000)} s en is gestopt.`))
        else reject(new BuildError(`Het bouwproces is gestopt (${signal ?? `exit ${code}`}).`))
      }
      const onError = (error: Error) => {
        finish()
        reject(new BuildError(`Het bouwproces startte niet: ${error.message}`))
      }
      child.on('message', onMessage)
      child.on('exit', onExit)
      child.on('error', onError)
      if (child.pid) onStart(child.pid)
      child.send(task)
    })

  return {
    run,
    /** Stops the worker (and any build it is running). */
    stop: () => worker?.pid && killBuildGroup(worker.pid),
  }
}

export type BuildRunner = ReturnType<typeof createBuildRunner>
