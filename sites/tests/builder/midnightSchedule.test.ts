import { describe, expect, it } from 'vitest'

import { nextMidnightRun, scheduleMidnightRuns } from '../../builder/queue/midnightSchedule.ts'

const at = (iso: string) => new Date(iso)

describe('midnight rebuilds', () => {
  it('runs at 00:01 Amsterdam time: later today when that is still ahead, else tomorrow', () => {
    expect(nextMidnightRun(at('2026-11-23T23:00:30Z'))).toEqual(at('2026-11-23T23:01:00Z')) // 00:00:30 CET → 00:01 the same night
    expect(nextMidnightRun(at('2026-11-23T23:01:00Z'))).toEqual(at('2026-11-24T23:01:00Z')) // exactly at the run → the next one
    expect(nextMidnightRun(at('2026-11-24T12:00:00Z'))).toEqual(at('2026-11-24T23:01:00Z'))
  })

  it('follows the clock across the spring DST change (a 23-hour day)', () => {
    // 29 March 2026: 02:00 CET becomes 03:00 CEST.
    const first = nextMidnightRun(at('2026-03-28T12:00:00Z'))
    expect(first).toEqual(at('2026-03-28T23:01:00Z')) // 00:01 CET
    const second = nextMidnightRun(first)
    expect(second).toEqual(at('2026-03-29T22:01:00Z')) // 00:01 CEST
    expect(second.getTime() - first.getTime()).toBe(23 * 3_600_000)
  })

  it('follows the clock across the autumn DST change (a 25-hour day)', () => {
    // 25 October 2026: 03:00 CEST becomes 02:00 CET.
    const first = nextMidnightRun(at('2026-10-24T12:00:00Z'))
    expect(first).toEqual(at('2026-10-24T22:01:00Z')) // 00:01 CEST
    const second = nextMidnightRun(first)
    expect(second).toEqual(at('2026-10-25T23:01:00Z')) // 00:01 CET
    expect(second.getTime() - first.getTime()).toBe(25 * 3_600_000)
  })

  it('the scheduler waits exactly until the next run, runs once, and re-arms for the night after', () => {
    let now = at('2026-03-28T20:00:00Z')
    const timers: { callback: () => void; ms: number }[] = []
    let runs = 0
    const stop = scheduleMidnightRuns(() => (runs += 1), {
      now: () => now,
      setTimer: (callback, ms) => timers.push({ callback, ms }),
      clearTimer: () => {},
    })
    expect(timers[0]!.ms).toBe(3 * 3_600_000 + 60_000) // 21:00 CET → 00:01 CET
    // The timer fires a millisecond early: still one run, and the next one is the following night.
    now = at('2026-03-28T23:00:59.999Z')
    timers[0]!.callback()
    expect(runs).toBe(1)
    expect(new Date(now.getTime() + timers[1]!.ms)).toEqual(at('2026-03-29T22:01:00Z'))
    stop()
  })
})
