import { describe, expect, it } from 'vitest'
import {
  AMSTERDAM,
  addAmsterdamDays,
  amsterdamDateKey,
  amsterdamOffsetMinutes,
  amsterdamWallTime,
  fromAmsterdamWallTime,
  parseIsoWithOffset,
  startOfAmsterdamDay,
  toAmsterdamIso,
  type WallTime,
} from '../src/amsterdamTime'

const utc = (iso: string): Date => new Date(iso)
const wall = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0): WallTime => ({
  year,
  month,
  day,
  hour,
  minute,
  second,
})

describe('amsterdamWallTime / amsterdamOffsetMinutes', () => {
  it('names the zone', () => expect(AMSTERDAM).toBe('Europe/Amsterdam'))

  it('reads winter and summer wall times', () => {
    expect(amsterdamWallTime(utc('2026-01-15T11:05:09Z'))).toEqual(wall(2026, 1, 15, 12, 5, 9))
    expect(amsterdamWallTime(utc('2026-07-15T11:05:09Z'))).toEqual(wall(2026, 7, 15, 13, 5, 9))
  })

  it('reports midnight as hour 0 on the next local day', () => {
    expect(amsterdamWallTime(utc('2026-12-31T23:00:00Z'))).toEqual(wall(2027, 1, 1, 0, 0, 0))
  })

  it('switches offset exactly at the transitions', () => {
    expect(amsterdamOffsetMinutes(utc('2026-01-01T12:00:00Z'))).toBe(60)
    expect(amsterdamOffsetMinutes(utc('2026-07-01T12:00:00Z'))).toBe(120)
    expect(amsterdamOffsetMinutes(utc('2026-03-29T00:59:59.999Z'))).toBe(60)
    expect(amsterdamOffsetMinutes(utc('2026-03-29T01:00:00Z'))).toBe(120)
    expect(amsterdamOffsetMinutes(utc('2026-10-25T00:59:59Z'))).toBe(120)
    expect(amsterdamOffsetMinutes(utc('2026-10-25T01:00:00Z'))).toBe(60)
  })

  it('rejects an invalid Date', () => {
    expect(() => amsterdamWallTime(new Date('nope'))).toThrow(/Invalid Date/)
  })
})

describe('fromAmsterdamWallTime', () => {
  it('converts ordinary winter and summer times', () => {
    expect(fromAmsterdamWallTime(wall(2026, 11, 24, 18)).toISOString()).toBe('2026-11-24T17:00:00.000Z')
    expect(fromAmsterdamWallTime(wall(2026, 6, 2, 18)).toISOString()).toBe('2026-06-02T16:00:00.000Z')
  })

  it('moves a time in the spring-forward gap forward by the gap', () => {
    const d = fromAmsterdamWallTime(wall(2026, 3, 29, 2, 30))
    expect(toAmsterdamIso(d)).toBe('2026-03-29T03:30:00+02:00')
    expect(toAmsterdamIso(fromAmsterdamWallTime(wall(2026, 3, 29, 2, 0)))).toBe('2026-03-29T03:00:00+02:00')
  })

  it('picks the first (CEST) reading in the autumn overlap', () => {
    expect(fromAmsterdamWallTime(wall(2026, 10, 25, 2, 30)).toISOString()).toBe('2026-10-25T00:30:00.000Z')
    expect(toAmsterdamIso(fromAmsterdamWallTime(wall(2026, 10, 25, 3, 0)))).toBe('2026-10-25T03:00:00+01:00')
  })

  it('round-trips every hour across both transition days', () => {
    for (const start of ['2026-03-28T00:00:00Z', '2026-10-24T00:00:00Z']) {
      for (let h = 0; h < 72; h++) {
        const instant = new Date(utc(start).getTime() + h * 3_600_000)
        const back = fromAmsterdamWallTime(amsterdamWallTime(instant))
        // Only the second reading of the repeated hour may map to the first.
        const diff = instant.getTime() - back.getTime()
        expect([0, 3_600_000]).toContain(diff)
        if (diff !== 0) expect(amsterdamWallTime(instant).hour).toBe(2)
      }
    }
  })

  it('normalises overflowing fields like Date.UTC does', () => {
    expect(toAmsterdamIso(fromAmsterdamWallTime(wall(2026, 2, 29, 12)))).toBe('2026-03-01T12:00:00+01:00')
  })
})

describe('toAmsterdamIso / parseIsoWithOffset', () => {
  it('formats with seconds and a ±HH:MM offset', () => {
    expect(toAmsterdamIso(utc('2026-11-24T17:00:00Z'))).toBe('2026-11-24T18:00:00+01:00')
    expect(toAmsterdamIso(utc('2026-06-02T16:00:07.900Z'))).toBe('2026-06-02T18:00:07+02:00')
  })

  it('round-trips through parse', () => {
    const iso = '2026-11-24T18:00:00+01:00'
    expect(toAmsterdamIso(parseIsoWithOffset(iso))).toBe(iso)
  })

  it('accepts Z, negative offsets, missing seconds and fractions', () => {
    expect(parseIsoWithOffset('2026-11-24T17:00:00Z').toISOString()).toBe('2026-11-24T17:00:00.000Z')
    expect(parseIsoWithOffset('2026-11-24T12:00:00-05:00').toISOString()).toBe('2026-11-24T17:00:00.000Z')
    expect(parseIsoWithOffset('2026-11-24T18:00+01:00').toISOString()).toBe('2026-11-24T17:00:00.000Z')
    expect(parseIsoWithOffset('2026-11-24T17:00:00.25Z').toISOString()).toBe('2026-11-24T17:00:00.250Z')
  })

  it.each([
    '',
    'garbage',
    '2026-11-24',
    '2026-11-24T18:00:00',
    '2026-11-24 18:00:00+01:00',
    '2026-13-01T00:00:00Z',
    '2026-02-30T00:00:00Z',
    '2026-11-24T24:00:00Z',
    '2026-11-24T18:60:00Z',
    '2026-11-24T18:00:00+1:00',
    '2026-11-24T18:00:00+15:00',
  ])('throws a clear error on %j', (input) => {
    expect(() => parseIsoWithOffset(input)).toThrow(/Invalid date-time .*expected e\.g\. 2026-11-24T18:00:00\+01:00/)
  })
})

describe('local days', () => {
  it('keys an instant by its local date', () => {
    expect(amsterdamDateKey(utc('2026-11-24T23:30:00Z'))).toBe('2026-11-25')
    expect(amsterdamDateKey(utc('2026-06-30T21:59:59Z'))).toBe('2026-06-30')
    expect(amsterdamDateKey(utc('2026-06-30T22:00:00Z'))).toBe('2026-07-01')
  })

  it('finds local midnight', () => {
    expect(startOfAmsterdamDay(utc('2026-11-24T17:00:00Z')).toISOString()).toBe('2026-11-23T23:00:00.000Z')
    expect(startOfAmsterdamDay(utc('2026-06-30T22:30:00Z')).toISOString()).toBe('2026-06-30T22:00:00.000Z')
    expect(toAmsterdamIso(startOfAmsterdamDay(utc('2026-03-29T12:00:00Z')))).toBe('2026-03-29T00:00:00+01:00')
  })

  it('adds calendar days keeping the wall-clock time across DST', () => {
    const tuesday = parseIsoWithOffset('2026-10-20T18:00:00+02:00')
    expect(toAmsterdamIso(addAmsterdamDays(tuesday, 7))).toBe('2026-10-27T18:00:00+01:00')
    expect(addAmsterdamDays(tuesday, 7).getTime() - tuesday.getTime()).toBe(7 * 86_400_000 + 3_600_000)
    const spring = parseIsoWithOffset('2026-03-28T18:00:00+01:00')
    expect(toAmsterdamIso(addAmsterdamDays(spring, 1))).toBe('2026-03-29T18:00:00+02:00')
    expect(toAmsterdamIso(addAmsterdamDays(spring, -31))).toBe('2026-02-25T18:00:00+01:00')
  })

  it('crosses month and year ends and keeps milliseconds', () => {
    const d = utc('2026-12-31T10:00:00.123Z')
    expect(addAmsterdamDays(d, 1).toISOString()).toBe('2027-01-01T10:00:00.123Z')
    expect(addAmsterdamDays(d, 0).toISOString()).toBe(d.toISOString())
  })
})

describe('amsterdamWallTime agrees with Intl', () => {
  const intl = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Amsterdam',
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  })
  const viaIntl = (instant: Date) =>
    Object.fromEntries(
      intl
        .formatToParts(instant)
        .filter((p) => p.type !== 'literal')
        .map((p) => [p.type, Number(p.value)]),
    )

  it('on every minute around both DST transitions of 2026 and at random instants over 30 years', () => {
    const instants: Date[] = []
    for (const transition of [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1)]) {
      for (let m = -180; m <= 180; m++) instants.push(new Date(transition + m * 60_000 + 1_500))
    }
    let seed = 42
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
    for (let i = 0; i < 2_000; i++) instants.push(new Date(Date.UTC(2000, 0, 1) + random() * 30 * 365 * 86_400_000))
    for (const instant of instants) expect(amsterdamWallTime(instant), instant.toISOString()).toEqual(viaIntl(instant))
  })
})
