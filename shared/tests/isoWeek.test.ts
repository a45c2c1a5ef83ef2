import { describe, expect, it } from 'vitest'
import { addDays, amsterdamWeekStartingOn, comingAmsterdamWeek, isoWeekKey, mondayOf, mondayOfWeek, weekNumber } from '../src/isoWeek'

describe('ISO weeks', () => {
  it('count weeks as Dutch calendars do (Monday to Sunday, week 1 holds the first Thursday)', () => {
    expect(isoWeekKey('2026-11-23')).toBe('2026-W48')
    expect(isoWeekKey('2026-11-29')).toBe('2026-W48')
    expect(isoWeekKey('2027-01-01')).toBe('2026-W53')
    expect(isoWeekKey('2024-12-30')).toBe('2025-W01')
    expect(isoWeekKey('2021-01-03')).toBe('2020-W53')
    expect(mondayOfWeek('2026-W53')).toBe('2026-12-28')
    expect(mondayOfWeek('2025-W01')).toBe('2024-12-30')
    expect(mondayOf('2026-03-29')).toBe('2026-03-23')
    expect(weekNumber('2026-W08')).toBe(8)
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04')
  })
})

describe('Amsterdam weeks', () => {
  it('run from Monday 00:00 to the next Monday 00:00 on the Amsterdam clock', () => {
    expect(amsterdamWeekStartingOn('2026-12-07')).toEqual({
      key: '2026-W50',
      firstDay: '2026-12-07',
      lastDay: '2026-12-13',
      from: new Date('2026-12-06T23:00:00Z'),
      to: new Date('2026-12-13T23:00:00Z'),
    })
  })

  it('are an hour shorter when the clocks go forward and an hour longer when they go back', () => {
    const spring = amsterdamWeekStartingOn('2026-03-23')
    expect([spring.from, spring.to]).toEqual([new Date('2026-03-22T23:00:00Z'), new Date('2026-03-29T22:00:00Z')])
    const autumn = amsterdamWeekStartingOn('2026-10-19')
    expect([autumn.from, autumn.to]).toEqual([new Date('2026-10-18T22:00:00Z'), new Date('2026-10-25T23:00:00Z')])
  })

  it('the coming week starts on the next Monday, or today on a Monday, by the Amsterdam date', () => {
    // Sunday 23:30 in Amsterdam (22:30 UTC): the week starting the next day.
    expect(comingAmsterdamWeek(new Date('2026-12-06T22:30:00Z')).firstDay).toBe('2026-12-07')
    // Monday 00:30 in Amsterdam (Sunday 23:30 UTC): that Monday's week.
    expect(comingAmsterdamWeek(new Date('2026-12-06T23:30:00Z')).firstDay).toBe('2026-12-07')
    // Monday noon: still that week; Tuesday: the next one.
    expect(comingAmsterdamWeek(new Date('2026-12-07T11:00:00Z')).firstDay).toBe('2026-12-07')
    expect(comingAmsterdamWeek(new Date('2026-12-08T11:00:00Z')).firstDay).toBe('2026-12-14')
  })
})
