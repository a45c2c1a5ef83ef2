import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs'
import path from 'node:path'

const signalReaches = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Whether the lock's holder still runs. After a crash the pid can be reused, by a kernel thread or
 * another program (a stale lock once blocked the warm renderer "held" by a kworker): where Linux
 * tells us, a holder counts only if it is a Node process.
 */
const isAlive = (pid: number) => {
  if (!signalReaches(pid)) return false
  try {
    return /(^|\/)node(\0|$)/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] + '\0')
  } catch {
    return true // no /proc (macOS): trust the signal
  }
}

/**
 * An exclusive lock for this process on `file` (its pid inside), taken over from a process that
 * died without releasing it. Returns a release function, or throws naming the live holder.
 */
export const takeLock = (file: string) => {
  mkdirSync(path.dirname(file), { recursive: true })
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx')
      writeSync(fd, String(process.pid))
      closeSync(fd)
      const release = () => {
        process.off('exit', release)
        if (readFileSync(file, 'utf8') === String(process.pid)) rmSync(file, { force: true })
      }
      process.on('exit', release)
      return release
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = Number(readFileSync(file, 'utf8'))
      if (holder && isAlive(holder)) throw new Error(`another process (pid ${holder}) runs the warm renderer of this checkout`)
      rmSync(file, { force: true })
    }
  }
  throw new Error(`could not take ${file}`)
}
