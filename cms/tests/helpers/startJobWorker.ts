import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const cms = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export type JobWorker = {
  child: ChildProcess
  /** SIGKILL: the process dies mid-work, with no chance to clean up (a crash, an OOM kill). */
  kill: () => Promise<void>
  /** SIGTERM and wait for the exit. */
  stop: () => Promise<void>
}

/** Starts tests/helpers/jobWorker.ts with this process's environment plus `env`; resolves once it sweeps. */
export const startJobWorker = async (env: Record<string, string>): Promise<JobWorker> => {
  // Node itself with tsx's loader, not the tsx command: that one runs the script in a child process,
  // which a SIGKILL to the command would leave running.
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/jobWorker.ts'], {
    cwd: cms,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (out.includes('ready\n')) resolve()
    })
    child.once('exit', (code) => reject(new Error(`job worker exited (${code}) before it was ready`)))
  })
  const ended = (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    child.kill(signal)
    return exited
  }
  return { child, kill: () => ended('SIGKILL'), stop: () => ended('SIGTERM') }
}
