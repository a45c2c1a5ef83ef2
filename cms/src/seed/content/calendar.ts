/**
 * Calendar arithmetic on plain dates (no time zones involved: event times are
 * Amsterdam wall times) and the schedules that turn "every Tuesday" into a
 * start, an RRULE and exception dates relative to the anchor Monday.
 */
import type { SeedAnchor } from './types'

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const
export type Weekday = (typeof WEEKDAYS)[number]

const DAY_MS = 86_400_000
const toMs = (d: SeedAnchor) => Date.UTC(d.year, d.month - 1, d.day)
function fromMs(ms: number): SeedAnchor {
  const x = new Date(ms)
  return { year: x.getUTCFullYear(), month: x.getUTCMonth() + 1, day: x.getUTCDate() }
}

const addDays = (d: SeedAnchor, days: number): SeedAnchor => fromMs(toMs(d) + days * DAY_MS)

/** 0 = Monday … 6 = Sunday. */
const weekdayIndex = (d: SeedAnchor): number => (new Date(toMs(d)).getUTCDay() + 6) % 7

/** The Monday of the week containing `d` (generators accept any day and normalise). */
export const mondayOf = (d: SeedAnchor): SeedAnchor => addDays(d, -weekdayIndex(d))

const pad = (n: number) => String(n).padStart(2, '0')
const formatDate = (d: SeedAnchor): string => `${d.year}-${pad(d.month)}-${pad(d.day)}`
const formatWallTime = (d: SeedAnchor, time: string): string => `${formatDate(d)}T${time}`

/** The nth (1–4, or -1 for last) given weekday of a month; month may overflow (13 = January next year). */
function nthWeekdayOfMonth(year: number, month: number, weekday: Weekday, nth: number): SeedAnchor {
  const target = WEEKDAYS.indexOf(weekday)
  if (nth > 0) {
    const first = fromMs(Date.UTC(year, month - 1, 1))
    return addDays(first, ((target - weekdayIndex(first) + 7) % 7) + (nth - 1) * 7)
  }
  const last = fromMs(Date.UTC(year, month, 0))
  return addDays(last, -((weekdayIndex(last) - target + 7) % 7))
}

/**
 * When an activity happens, relative to the anchor Monday:
 * - once: `day` days after the anchor (negative = last week);
 * - weekly: on `days` (first one is the start day) every `interval` weeks, running since week `fromWeek`,
 *   skipping the weeks in `skipWeeks` (week 0 = this week);
 * - monthly: the `nth` weekday of each month, skipping `skipMonths` months after the anchor's month.
 */
export type When =
  | { kind: 'once'; day: number }
  | { kind: 'weekly'; days: Weekday[]; interval?: number; fromWeek?: number; skipWeeks?: number[] }
  | { kind: 'monthly'; day: Weekday; nth: 1 | 2 | 3 | 4 | -1; skipMonths?: number[] }

export type Schedule = { start: string; rule: string | null; exceptions: string[] }

const DEFAULT_FROM_WEEK = -6

export function schedule(monday: SeedAnchor, when: When, time: string): Schedule {
  if (!/^\d{2}:\d{2}$/.test(time)) throw new Error(`Invalid time "${time}"`)
  if (when.kind === 'once') return { start: formatWallTime(addDays(monday, when.day), time), rule: null, exceptions: [] }

  if (when.kind === 'weekly') {
    const first = when.days[0]
    if (!first) throw new Error('A weekly schedule needs at least one day')
    const interval = when.interval ?? 1
    const fromWeek = when.fromWeek ?? DEFAULT_FROM_WEEK
    const dateInWeek = (week: number) => addDays(monday, week * 7 + WEEKDAYS.indexOf(first))
    const exceptions = (when.skipWeeks ?? []).map((week) => {
      if ((week - fromWeek) % interval !== 0 || week < fromWeek) throw new Error(`Week ${week} is not an occurrence`)
      return formatDate(dateInWeek(week))
    })
    const parts = ['FREQ=WEEKLY', ...(interval > 1 ? [`INTERVAL=${interval}`] : []), `BYDAY=${when.days.join(',')}`]
    return { start: formatWallTime(dateInWeek(fromWeek), time), rule: parts.join(';'), exceptions }
  }

  // Monthly series started the month before the anchor, so the first date is always in the past.
  const occurrence = (monthOffset: number) => nthWeekdayOfMonth(monday.year, monday.month + monthOffset, when.day, when.nth)
  return {
    start: formatWallTime(occurrence(-1), time),
    rule: `FREQ=MONTHLY;BYDAY=${when.nth}${when.day}`,
    exceptions: (when.skipMonths ?? []).map((m) => formatDate(occurrence(m))),
  }
}
