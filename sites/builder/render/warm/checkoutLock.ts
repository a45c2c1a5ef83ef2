import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs'
import path from 'node:path'

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
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
