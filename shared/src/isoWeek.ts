import { addAmsterdamDays, amsterdamDateKey, fromAmsterdamWallTime } from './amsterdamTime'

/**
 * ISO 8601 weeks (Monday to Sunday, week 1 holds the year's first Thursday), as Dutch calendars and
 * schools count them. Works on local date keys ("2026-11-25"), so no time zone can shift a day;
 * `AmsterdamWeek` turns a week into the instants it runs between on the Amsterdam clock.
 */

const DAY_MS = 86_400_000

const utcDate = (dateKey: string) => new Date(`${dateKey}T00:00:00Z`)
const keyOf = (date: Date) => date.toISOString().slice(0, 10)

/** Monday = 0 … Sunday = 6. */
const weekdayIndex = (dateKey: string) => (utcDate(dateKey).getUTCDay() + 6) % 7

/** The date key a number of days later (or earlier). */
export const addDays = (dateKey: string, days: number) => keyOf(new Date(utcDate(dateKey).getTime() + days * DAY_MS))

/** The Monday of the week a day is in. */
export const mondayOf = (dateKey: string) => addDays(dateKey, -weekdayIndex(dateKey))

/** "2026-W48" for any day from Monday 23 to Sunday 29 November 2026. */
export function isoWeekKey(dateKey: string): string {
  // The week belongs to the year of its Thursday.
  const thursday = addDays(mondayOf(dateKey), 3)
  const year = Number(thursday.slice(0, 4))
  const week = Math.floor((utcDate(thursday).getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1
  return `${year}-W${String(week).padStart(2, '0')}`
}

/** The number of an ISO week key: 48 for "2026-W48". */
export const weekNumber = (weekKey: string) => Number(weekKey.slice(6))

/** The Monday of an ISO week key ("2026-W48" → "2026-11-23"). */
export function mondayOfWeek(weekKey: string): string {
  const year = Number(weekKey.slice(0, 4))
  // 4 January is always in week 1.
  return addDays(mondayOf(`${year}-01-04`), (weekNumber(weekKey) - 1) * 7)
}

/** An ISO week as instants: from Monday 00:00 to the next Monday 00:00 in Amsterdam (the newsletter digest's week). */
export type AmsterdamWeek = {
  /** "2026-W49" */
  key: string
  /** Local date keys of the Monday and the Sunday. */
  firstDay: string
  lastDay: string
  from: Date
  to: Date
}

/** The week starting on a Monday ("2026-11-30", a date key). */
export const amsterdamWeekStartingOn = (monday: string): AmsterdamWeek => {
  const [year, month, day] = monday.split('-').map(Number) as [number, number, number]
  const from = fromAmsterdamWallTime({ year, month, day, hour: 0, minute: 0, second: 0 })
  return { key: isoWeekKey(monday), firstDay: monday, lastDay: addDays(monday, 6), from, to: addAmsterdamDays(from, 7) }
}

/** The coming week: the one starting on the next Monday, or today when today is a Monday. */
export const comingAmsterdamWeek = (now = new Date()): AmsterdamWeek => {
  const today = amsterdamDateKey(now)
  const index = weekdayIndex(today)
  return amsterdamWeekStartingOn(index === 0 ? today : addDays(today, 7 - index))
}
