import { describe, expect, it } from 'vitest'
import { expandOccurrences, nextOccurrences } from '../src/recurrence'
import { d, meal, starts, utcStarts } from './recurrenceFixtures'

describe('expandOccurrences: window edges and limit', () => {
  const first = (from: string, to: string): string | undefined => expandOccurrences(meal(), { from: d(from), to: d(to) })[0]?.start

  it('includes occurrences overlapping [from, to) and nothing touching only an edge', () => {
    // 2026-11-24 18:00-20:00 local is 17:00Z-19:00Z.
    expect(first('2026-11-24T19:00:00Z', '2026-11-25T00:00:00Z')).toBeUndefined()
    expect(first('2026-11-24T18:59:59Z', '2026-11-25T00:00:00Z')).toBe('2026-11-24T18:00:00+01:00')
    expect(first('2026-11-24T12:00:00Z', '2026-11-24T17:00:00Z')).toBeUndefined()
    expect(first('2026-11-24T12:00:00Z', '2026-11-24T17:00:01Z')).toBe('2026-11-24T18:00:00+01:00')
  })

  it('counts a zero-length event starting exactly at from, but not at to', () => {
    const moment = { start: '2026-11-24T18:00:00+01:00', end: '2026-11-24T18:00:00+01:00' }
    expect(expandOccurrences(moment, { from: d('2026-11-24T17:00:00Z'), to: d('2026-11-25') })).toEqual([moment])
    expect(expandOccurrences(moment, { from: d('2026-11-24'), to: d('2026-11-24T17:00:00Z') })).toEqual([])
  })

  it('never returns occurrences before the event start', () => {
    expect(first('2026-01-01', '2026-10-07')).toBe('2026-10-06T18:00:00+02:00')
  })

  it('stops at the limit, defaulting to 500, sorted by start', () => {
    const daily = meal('FREQ=DAILY')
    const window = { from: d('2026-01-01'), to: d('2030-01-01') }
    const limited = expandOccurrences(daily, { ...window, limit: 3 })
    expect(starts(limited)).toEqual(['2026-10-06T18:00:00+02:00', '2026-10-07T18:00:00+02:00', '2026-10-08T18:00:00+02:00'])
    const all = expandOccurrences(daily, window)
    expect(all).toHaveLength(500)
    expect(utcStarts(all)).toEqual([...utcStarts(all)].sort())
    expect(expandOccurrences(daily, { ...window, limit: 0 })).toEqual([])
  })
})

describe('nextOccurrences', () => {
  it('returns the next occurrences starting at or after the moment, skipping a running one', () => {
    const during = d('2026-11-24T17:30:00Z')
    expect(starts(nextOccurrences(meal(), during, 2))).toEqual(['2026-12-01T18:00:00+01:00', '2026-12-08T18:00:00+01:00'])
    expect(starts(nextOccurrences(meal(), d('2026-11-24T17:00:00Z'), 1))).toEqual(['2026-11-24T18:00:00+01:00'])
  })

  it('runs out when the series ends', () => {
    expect(nextOccurrences(meal('FREQ=WEEKLY;BYDAY=TU;COUNT=2'), d('2026-01-01'), 5)).toHaveLength(2)
    const past = { start: '2026-11-24T18:00:00+01:00', end: '2026-11-24T20:00:00+01:00' }
    expect(nextOccurrences(past, d('2026-12-01'), 5)).toEqual([])
    expect(starts(nextOccurrences(past, d('2026-11-01'), 5))).toEqual([past.start])
  })
})
