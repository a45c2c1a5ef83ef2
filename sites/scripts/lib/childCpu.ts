import { readdirSync, readFileSync } from 'node:fs'

/** Linux counts CPU time in clock ticks of 1/100 s (USER_HZ; the same on every Linux architecture). */
const TICKS_PER_SECOND = 100

/**
 * CPU seconds (user + system, every thread) that this process's child processes used, counted by the
 * kernel once a child has ended and been reaped: `astro build` with its worker threads, and the
 * Pagefind binary. Wall time alone cannot tell a slow program from a busy machine; CPU time can.
 * Linux only: null where /proc is missing.
 */
export const reapedChildrenCpuSeconds = (): number | null => {
  try {
    // Fields after the command name: state is [0], cutime [13] and cstime [14] (proc(5) fields 16 and 17).
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')
    return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND
  } catch {
    return null
  }
}

const childPids = () => {
  try {
    return readdirSync('/proc/self/task').flatMap((tid) => readFileSync(`/proc/self/task/${tid}/children`, 'utf8').split(' ').filter(Boolean))
  } catch {
    return []
  }
}

/**
 * Resolves once this process has no child processes left, or after `timeoutMs`. Pagefind's Node API
 * kills its binary without waiting for it, so its CPU time is only counted a moment later.
 */
export const childrenEnded = async (timeoutMs = 5000) => {
  const until = performance.now() + timeoutMs
  while (childPids().length && performance.now() < until) await new Promise((resolve) => setTimeout(resolve, 20))
}
