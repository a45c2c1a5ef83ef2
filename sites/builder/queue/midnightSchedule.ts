import { addAmsterdamDays, fromAmsterdamWallTime, amsterdamWallTime } from '@wijk/shared/time'

/** One minute past midnight, so the build's "now" is safely on the new day. */
const RUN_AT = { hour: 0, minute: 1, second: 0 }

/** The next 00:01 Europe/Amsterdam strictly after `now` (23 or 25 hours apart around DST changes). */
export const nextMidnightRun = (now: Date): Date => {
  const today = fromAmsterdamWallTime({ ...amsterdamWallTime(now), ...RUN_AT })
  return today.getTime() > now.getTime() ? today : addAmsterdamDays(today, 1)
}

type Clock = {
  now: () => Date
  setTimer: (callback: () => void, ms: number) => unknown
  clearTimer: (timer: unknown) => void
}

const realClock: Clock = {
  now: () => new Date(),
  setTimer: (callback, ms) => setTimeout(callback, ms),
  clearTimer: (timer) => clearTimeout(timer as NodeJS.Timeout),
}

/**
 * Calls `onMidnight` shortly after every Amsterdam midnight, so "vandaag" and "deze week" roll over
 * on sites nobody published to. Re-reads the clock after each run rather than adding 24 h (DST, drift).
 * Returns a function that stops it.
 */
export const scheduleMidnightRuns = (onMidnight: () => void, clock: Clock = realClock): (() => void) => {
  let timer: unknown
  // From the later of the clock and the run just done: a timer firing a hair early must not run twice.
  const arm = (after: Date) => {
    const from = new Date(Math.max(clock.now().getTime(), after.getTime()))
    const next = nextMidnightRun(from)
    timer = clock.setTimer(() => {
      onMidnight()
      arm(next)
    }, next.getTime() - clock.now().getTime())
  }
  arm(clock.now())
  return () => clock.clearTimer(timer)
}
