import { describe, expect, it } from 'vitest'
import { expandOccurrences, type RecurringEvent } from '../src/recurrence'
import { d, meal, starts, utcStarts } from './recurrenceFixtures'

describe('expandOccurrences: single events', () => {
  const single = { start: '2026-11-24T18:00:00+01:00', end: '2026-11-24T20:00:00+01:00' }

  it('returns the event when it overlaps the window, normalised to Amsterdam time', () => {
    const window = { from: d('2026-11-01'), to: d('2026-12-01') }
    const res = expandOccurrences({ ...single, start: '2026-11-24T17:00:00Z' }, window)
    expect(res).toEqual([single])
    expect(expandOccurrences({ ...single, recurrence: null }, { from: d('2026-11-24T18:00Z'), to: d('2026-12-01') })).toEqual([single])
  })

  it('leaves the event out when it lies outside the window or the window is empty', () => {
    expect(expandOccurrences(single, { from: d('2026-11-25'), to: d('2026-12-01') })).toEqual([])
    expect(expandOccurrences(single, { from: d('2026-11-24T19:00Z'), to: d('2026-11-24T19:00Z') })).toEqual([])
  })

  it('rejects an event that ends before it starts', () => {
    expect(() => expandOccurrences({ start: single.end, end: single.start }, { from: d('2026-01-01'), to: d('2027-01-01') })).toThrow(
      /ends .* before it starts/,
    )
  })
})

describe('expandOccurrences: DST', () => {
  it('keeps a Tuesday 18:00 meal at 18:00 local while its UTC time shifts after 2026-10-25', () => {
    const res = expandOccurrences(meal(), { from: d('2026-10-01'), to: d('2026-11-11') })
    expect(starts(res)).toEqual([
      '2026-10-06T18:00:00+02:00',
      '2026-10-13T18:00:00+02:00',
      '2026-10-20T18:00:00+02:00',
      '2026-10-27T18:00:00+01:00',
      '2026-11-03T18:00:00+01:00',
      '2026-11-10T18:00:00+01:00',
    ])
    expect(utcStarts(res)).toEqual([
      '2026-10-06T16:00:00.000Z',
      '2026-10-13T16:00:00.000Z',
      '2026-10-20T16:00:00.000Z',
      '2026-10-27T17:00:00.000Z',
      '2026-11-03T17:00:00.000Z',
      '2026-11-10T17:00:00.000Z',
    ])
    expect(res.map((o) => o.end.slice(11))).toEqual(Array(6).fill('20:00:00+02:00', 0, 3).fill('20:00:00+01:00', 3))
  })

  const sunday: RecurringEvent = {
    start: '2026-03-22T02:30:00+01:00',
    end: '2026-03-22T03:30:00+01:00',
    recurrence: { rule: 'RRULE:FREQ=WEEKLY;BYDAY=SU', exceptions: [] },
  }

  it('moves a Sunday 02:30 occurrence out of the spring-forward gap, keeping its length', () => {
    expect(expandOccurrences(sunday, { from: d('2026-03-20'), to: d('2026-04-06') })).toEqual([
      { start: '2026-03-22T02:30:00+01:00', end: '2026-03-22T03:30:00+01:00' },
      { start: '2026-03-29T03:30:00+02:00', end: '2026-03-29T04:30:00+02:00' },
      { start: '2026-04-05T02:30:00+02:00', end: '2026-04-05T03:30:00+02:00' },
    ])
  })

  it('uses the first (CEST) 02:30 in the autumn overlap', () => {
    const res = expandOccurrences(sunday, { from: d('2026-10-17'), to: d('2026-11-02') })
    expect(res).toEqual([
      { start: '2026-10-18T02:30:00+02:00', end: '2026-10-18T03:30:00+02:00' },
      { start: '2026-10-25T02:30:00+02:00', end: '2026-10-25T03:30:00+01:00' },
      { start: '2026-11-01T02:30:00+01:00', end: '2026-11-01T03:30:00+01:00' },
    ])
    expect(utcStarts(res)[1]).toBe('2026-10-25T00:30:00.000Z')
  })
})

describe('expandOccurrences: rule features', () => {
  it('skips exceptions by local date', () => {
    const res = expandOccurrences(meal(undefined, ['2026-10-13', '2026-10-27', '2030-01-01']), {
      from: d('2026-10-01'),
      to: d('2026-11-04'),
    })
    expect(starts(res)).toEqual(['2026-10-06T18:00:00+02:00', '2026-10-20T18:00:00+02:00', '2026-11-03T18:00:00+01:00'])
  })

  it('honours INTERVAL and a UTC UNTIL', () => {
    const event: RecurringEvent = {
      start: '2026-12-02T19:30:00+01:00',
      end: '2026-12-02T21:00:00+01:00',
      recurrence: { rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;UNTIL=20270101T000000Z', exceptions: [] },
    }
    expect(starts(expandOccurrences(event, { from: d('2026-01-01'), to: d('2028-01-01') }))).toEqual([
      '2026-12-02T19:30:00+01:00',
      '2026-12-16T19:30:00+01:00',
      '2026-12-30T19:30:00+01:00',
    ])
  })

  it('treats UNTIL in UTC as a real instant, inclusive', () => {
    const window = { from: d('2026-11-01'), to: d('2027-01-01') }
    // 2026-11-24 18:00 local is 17:00Z: the last occurrence sits exactly on UNTIL.
    const last = (until: string): string | undefined => starts(expandOccurrences(meal(`FREQ=WEEKLY;BYDAY=TU;UNTIL=${until}`), window)).at(-1)
    expect(last('20261124T170000Z')).toBe('2026-11-24T18:00:00+01:00')
    expect(last('20261124T165959Z')).toBe('2026-11-17T18:00:00+01:00')
  })

  it('treats a date-only UNTIL as including that local day', () => {
    const res = expandOccurrences(meal('FREQ=WEEKLY;BYDAY=TU;UNTIL=20261124'), { from: d('2026-11-01'), to: d('2027-01-01') })
    expect(starts(res).at(-1)).toBe('2026-11-24T18:00:00+01:00')
  })

  it('counts COUNT from the event start', () => {
    const window = { from: d('2026-01-01'), to: d('2028-01-01') }
    expect(expandOccurrences(meal('FREQ=WEEKLY;BYDAY=TU;COUNT=3'), window)).toHaveLength(3)
  })

  it('expands the first Thursday of every month', () => {
    const event: RecurringEvent = {
      start: '2026-01-01T19:00:00+01:00',
      end: '2026-01-01T21:00:00+01:00',
      recurrence: { rule: 'FREQ=MONTHLY;BYDAY=1TH', exceptions: [] },
    }
    expect(starts(expandOccurrences(event, { from: d('2026-01-01'), to: d('2026-06-01') }))).toEqual([
      '2026-01-01T19:00:00+01:00',
      '2026-02-05T19:00:00+01:00',
      '2026-03-05T19:00:00+01:00',
      '2026-04-02T19:00:00+02:00',
      '2026-05-07T19:00:00+02:00',
    ])
  })

  it('throws the Dutch validation message for an invalid rule', () => {
    expect(() => expandOccurrences(meal('BYDAY=TU'), { from: d('2026-01-01'), to: d('2027-01-01') })).toThrow(
      'Ongeldige herhaalregel: FREQ ontbreekt (bijvoorbeeld FREQ=WEEKLY;BYDAY=TU)',
    )
  })
})
