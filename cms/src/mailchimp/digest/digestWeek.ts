import { addAmsterdamDays, amsterdamDateKey, fromAmsterdamWallTime } from '@wijk/shared/time'

/**
 * The week a digest covers: an ISO 8601 week (Monday to Sunday, week 1 holds the year's first
 * Thursday), as Dutch calendars count them, from Monday 00:00 to the next Monday 00:00 in Amsterdam.
 */
export type DigestWeek = {
  /** "2026-W49" */
  key: string
  /** Local date keys of the Monday and the Sunday. */
  firstDay: string
  lastDay: string
  from: Date
  to: Date
}

const DAY_MS = 86_400_000
const WEEK_KEY = /^(\d{4})-W(\d{2})$/

const utcDate = (dateKey: string) => new Date(`${dateKey}T00:00:00Z`)
const addDays = (dateKey: string, days: number) => new Date(utcDate(dateKey).getTime() + days * DAY_MS).toISOString().slice(0, 10)
/** Monday = 0 … Sunday = 6. */
const weekdayIndex = (dateKey: string) => (utcDate(dateKey).getUTCDay() + 6) % 7
const mondayOf = (dateKey: string) => addDays(dateKey, -weekdayIndex(dateKey))

const isoWeekKey = (dateKey: string): string => {
  const thursday = addDays(mondayOf(dateKey), 3)
  const year = Number(thursday.slice(0, 4))
  const week = Math.floor((utcDate(thursday).getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1
  return `${year}-W${String(week).padStart(2, '0')}`
}

const weekStartingOn = (monday: string): DigestWeek => {
  const [year, month, day] = monday.split('-').map(Number) as [number, number, number]
  const from = fromAmsterdamWallTime({ year, month, day, hour: 0, minute: 0, second: 0 })
  return { key: isoWeekKey(monday), firstDay: monday, lastDay: addDays(monday, 6), from, to: addAmsterdamDays(from, 7) }
}

/** "2026-W49" → that week; throws a clear message for anything else. */
export const digestWeekOf = (key: string): DigestWeek => {
  const match = WEEK_KEY.exec(key.trim())
  const week = Number(match?.[2])
  if (!match || week < 1 || week > 53) throw new Error(`--week "${key}" is geen week. Gebruik bijvoorbeeld 2026-W49.`)
  // 4 January is always in week 1.
  const monday = addDays(mondayOf(`${match[1]}-01-04`), (week - 1) * 7)
  if (isoWeekKey(monday) !== key.trim()) throw new Error(`Week ${key} bestaat niet: ${match[1]} heeft geen week ${week}.`)
  return weekStartingOn(monday)
}

/** The coming week: the one starting on the next Monday, or today when today is a Monday. */
export const comingDigestWeek = (now = new Date()): DigestWeek => {
  const today = amsterdamDateKey(now)
  const index = weekdayIndex(today)
  return weekStartingOn(index === 0 ? today : addDays(today, 7 - index))
}
