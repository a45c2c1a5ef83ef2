import { amsterdamWallTime } from '@wijk/shared/time'

export type CalendarDay = { year: number; month: number; day: number }

/** Monday of the current week in Amsterdam: demo dates are relative to it, so the agenda is never empty. */
export const currentWeekMonday = (now = new Date()): CalendarDay => {
  const { year, month, day } = amsterdamWallTime(now)
  // Calendar arithmetic on a UTC date avoids any time-zone or DST effect.
  const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7
  const monday = new Date(Date.UTC(year, month - 1, day - weekday))
  return { year: monday.getUTCFullYear(), month: monday.getUTCMonth() + 1, day: monday.getUTCDate() }
}
