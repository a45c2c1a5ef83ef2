import { describe, expect, it } from 'vitest'

import { EVENT_CATEGORIES } from '@wijk/shared/eventCategories'

import {
  filterLabel,
  filterProblems,
  isScreenFeed,
  matchesFilter,
  type ScreenActivity,
  type ScreenFeed,
  screenFilterFrom,
  screenSections,
} from '../src/lib/screenAgenda'
import { activityTexts, dayHeading, updatedLabel } from '../src/lib/screenLabels'

/** Screen mode's pure logic: which activities a screen shows at a moment, its filters, its feed check, its words. */

const activity = (start: string, end: string, extra: Partial<ScreenActivity> = {}): ScreenActivity => ({
  title: `Activiteit ${start}`,
  start,
  end,
  place: 'Buurthuis',
  category: 'ontmoeting',
  organisation: 'buurthuis',
  url: '/agenda/x/',
  cancelled: false,
  ...extra,
})
const titles = (list: ScreenActivity[]) => list.map((a) => a.start)

describe('screenSections: today and the next six days on the Amsterdam clock', () => {
  const lateYesterday = activity('2026-11-23T22:00:00+01:00', '2026-11-24T01:00:00+01:00')
  const morning = activity('2026-11-24T10:00:00+01:00', '2026-11-24T12:00:00+01:00')
  const evening = activity('2026-11-24T19:00:00+01:00', '2026-11-24T21:00:00+01:00')
  const nextDay = activity('2026-11-25T10:00:00+01:00', '2026-11-25T11:00:00+01:00')
  const lastWeekDay = activity('2026-11-30T23:30:00+01:00', '2026-12-01T00:30:00+01:00')
  const weekAfter = activity('2026-12-01T00:00:00+01:00', '2026-12-01T01:00:00+01:00')
  const all = [lateYesterday, morning, evening, nextDay, lastWeekDay, weekAfter]

  it('shows what has not ended today, including what started yesterday, and the six days after', () => {
    const sections = screenSections(all, new Date('2026-11-24T00:30:00+01:00'))
    expect(sections.dayKey).toBe('2026-11-24')
    expect(titles(sections.today)).toEqual(titles([lateYesterday, morning, evening]))
    expect(titles(sections.week)).toEqual(titles([nextDay, lastWeekDay]))
    expect(sections.weekDays.map(([day, list]) => [day, list.length])).toEqual([
      ['2026-11-25', 1],
      ['2026-11-30', 1],
    ])
  })

  it('drops an activity once it has ended, and keeps one that is going on', () => {
    expect(titles(screenSections(all, new Date('2026-11-24T11:59:00+01:00')).today)).toEqual(titles([morning, evening]))
    expect(titles(screenSections(all, new Date('2026-11-24T12:00:00+01:00')).today)).toEqual(titles([evening]))
  })

  it('moves to the next day at midnight in Amsterdam, not at midnight UTC', () => {
    const before = screenSections(all, new Date('2026-11-24T23:59:00+01:00'))
    expect(before.dayKey).toBe('2026-11-24')
    expect(titles(before.today)).toEqual([])
    expect(titles(before.week)).toEqual(titles([nextDay, lastWeekDay]))
    // 00:01 in Amsterdam is still 23:01 the day before in UTC.
    const after = screenSections(all, new Date('2026-11-24T23:01:00Z'))
    expect(after.dayKey).toBe('2026-11-25')
    expect(titles(after.today)).toEqual(titles([nextDay]))
    expect(titles(after.week)).toEqual(titles([lastWeekDay, weekAfter]))
  })

  it('counts days on the local clock across a change to winter time (a 25-hour day)', () => {
    const lateOnChangeDay = activity('2026-10-25T23:30:00+01:00', '2026-10-25T23:45:00+01:00')
    const earlyNextDay = activity('2026-10-26T00:15:00+01:00', '2026-10-26T01:00:00+01:00')
    const sunday = screenSections([lateOnChangeDay, earlyNextDay], new Date('2026-10-25T01:00:00+02:00'))
    expect(sunday.dayKey).toBe('2026-10-25')
    expect(titles(sunday.today)).toEqual(titles([lateOnChangeDay]))
    expect(titles(sunday.week)).toEqual(titles([earlyNextDay]))
  })

  it('ends the week at midnight local time across a change to summer time', () => {
    const sixthDay = activity('2027-04-01T23:59:00+02:00', '2027-04-02T00:30:00+02:00')
    const seventhDay = activity('2027-04-02T00:00:00+02:00', '2027-04-02T01:00:00+02:00')
    const { week } = screenSections([sixthDay, seventhDay], new Date('2027-03-26T12:00:00+01:00'))
    expect(titles(week)).toEqual(titles([sixthDay]))
  })
})

describe('screen filters from the address', () => {
  const organisations = { 'buurthuis-de-kookpot': 'Buurthuis De Kookpot' }

  it('reads ?categorie= and ?organisatie=, ignoring case and spaces', () => {
    expect(screenFilterFrom('?categorie=Buurtmaaltijd%20&organisatie=buurthuis-de-kookpot')).toEqual({
      category: 'buurtmaaltijd',
      organisation: 'buurthuis-de-kookpot',
    })
    expect(screenFilterFrom('')).toEqual({ category: null, organisation: null })
    expect(screenFilterFrom('?categorie=')).toEqual({ category: null, organisation: null })
  })

  it('accepts every agenda category and every organisation of the wijk', () => {
    for (const category of EVENT_CATEGORIES) expect(filterProblems({ category, organisation: 'buurthuis-de-kookpot' }, organisations)).toEqual([])
  })

  it('says in Dutch which value names nothing', () => {
    const problems = filterProblems({ category: 'eten', organisation: 'de-kookpot' }, organisations)
    expect(problems).toHaveLength(2)
    expect(problems[0]).toContain('“eten”')
    expect(problems[0]).toContain('buurtmaaltijd')
    expect(problems[1]).toContain('“de-kookpot”')
    // Not fooled by names every object has.
    expect(filterProblems({ category: 'constructor', organisation: 'toString' }, organisations)).toHaveLength(2)
  })

  it('limits activities to the category and the organisation together', () => {
    const meal = activity('2026-11-24T18:00:00+01:00', '2026-11-24T20:00:00+01:00', { category: 'buurtmaaltijd', organisation: 'buurthuis-de-kookpot' })
    const elsewhere = { ...meal, organisation: 'elders' }
    const filter = { category: 'buurtmaaltijd', organisation: 'buurthuis-de-kookpot' }
    expect([meal, elsewhere, { ...meal, category: 'cultuur' as const }].filter((a) => matchesFilter(a, filter))).toEqual([meal])
    expect(filterLabel(filter, organisations)).toBe('Buurtmaaltijd · Buurthuis De Kookpot')
    expect(filterLabel({ category: null, organisation: null }, organisations)).toBeNull()
  })
})

describe('isScreenFeed', () => {
  const feed: ScreenFeed = {
    format: 1,
    generatedAt: '2026-11-24T03:00:00+01:00',
    organisations: { x: 'X' },
    activities: [activity('2026-11-24T10:00:00+01:00', '2026-11-24T11:00:00+01:00')],
  }

  it('accepts a feed and rejects anything a screen cannot show', () => {
    expect(isScreenFeed(feed)).toBe(true)
    expect(isScreenFeed(JSON.parse(JSON.stringify(feed)))).toBe(true)
    expect(isScreenFeed({ ...feed, format: 2 })).toBe(false)
    expect(isScreenFeed({ ...feed, activities: [{ ...feed.activities[0], start: 'morgen' }] })).toBe(false)
    expect(isScreenFeed({ ...feed, activities: [{ ...feed.activities[0], category: 'eten' }] })).toBe(false)
    expect(isScreenFeed({ ...feed, organisations: null })).toBe(false)
    expect(isScreenFeed('<html>Log in op de wifi</html>')).toBe(false)
    expect(isScreenFeed(null)).toBe(false)
  })
})

describe('screen words', () => {
  it('says when an activity ends, and on which day when that is another day', () => {
    const now = new Date('2026-11-24T18:30:00+01:00')
    expect(activityTexts(activity('2026-11-24T18:00:00+01:00', '2026-11-24T20:00:00+01:00'), now)).toMatchObject({
      start: '18:00',
      end: 'tot 20:00',
      ongoing: true,
    })
    expect(activityTexts(activity('2026-11-24T22:00:00+01:00', '2026-11-25T02:00:00+01:00'), now).end).toBe('tot woensdag 25, 02:00')
    expect(activityTexts(activity('2026-11-24T19:00:00+01:00', '2026-11-24T19:00:00+01:00'), now).end).toBeNull()
    expect(activityTexts(activity('2026-11-24T18:00:00+01:00', '2026-11-24T20:00:00+01:00', { cancelled: true }), now)).toMatchObject({
      ongoing: false,
      cancelled: true,
    })
  })

  it('heads tomorrow as "Morgen" and later days with their date', () => {
    const now = new Date('2026-11-24T23:59:00+01:00')
    expect(dayHeading('2026-11-25', now)).toBe('Morgen, woensdag 25 november')
    expect(dayHeading('2026-11-26', now)).toBe('Donderdag 26 november')
  })

  it('says when the screen last got the agenda, and when the connection is gone', () => {
    const now = new Date('2026-11-24T10:00:00+01:00')
    expect(updatedLabel(new Date('2026-11-24T09:55:00+01:00'), now, false)).toBe('Laatst bijgewerkt: 09:55')
    expect(updatedLabel(new Date('2026-11-23T21:05:00+01:00'), now, true)).toBe('Laatst bijgewerkt: maandag 23 november, 21:05 · nu geen verbinding')
  })
})
