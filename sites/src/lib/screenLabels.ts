import { EVENT_CATEGORY_LABELS } from '@wijk/shared/eventCategories'
import { addAmsterdamDays, AMSTERDAM, amsterdamDateKey } from '@wijk/shared/time'

import { formatDay, formatTime } from './dates'
import { isOngoing, type ScreenActivity } from './screenAgenda'

/**
 * The words and numbers the screen shows, for the build's list and for the browser's script alike.
 * The browser's own time zone does not matter: everything is read on the Amsterdam clock.
 */

const WEEKDAY = new Intl.DateTimeFormat('nl-NL', { timeZone: AMSTERDAM, weekday: 'long', day: 'numeric' })

export type ActivityTexts = {
  start: string
  end: string | null
  title: string
  place: string | null
  category: string
  ongoing: boolean
  cancelled: boolean
}

/** What one activity's row says. */
export const activityTexts = (activity: ScreenActivity, now: Date): ActivityTexts => {
  const endsAnotherDay = amsterdamDateKey(new Date(activity.start)) !== amsterdamDateKey(new Date(activity.end))
  return {
    start: formatTime(activity.start),
    end: activity.end === activity.start ? null : `tot ${endsAnotherDay ? `${WEEKDAY.format(new Date(activity.end))}, ` : ''}${formatTime(activity.end)}`,
    title: activity.title,
    place: activity.place,
    category: EVENT_CATEGORY_LABELS[activity.category],
    ongoing: !activity.cancelled && isOngoing(activity, now),
    cancelled: activity.cancelled,
  }
}

/** A date key ("2026-11-25") as an instant on that day, for the formatters. */
const middayOf = (dayKey: string) => new Date(`${dayKey}T12:00:00+01:00`)

/** The heading of one day of the week: "Morgen, dinsdag 24 november", "Woensdag 25 november". */
export const dayHeading = (dayKey: string, now: Date) => {
  const day = formatDay(middayOf(dayKey))
  return dayKey === amsterdamDateKey(addAmsterdamDays(now, 1)) ? `Morgen, ${day}` : `${day.charAt(0).toUpperCase()}${day.slice(1)}`
}

/** "14:05" for the clock. */
export const clockTime = (now: Date) => formatTime(now)
/** "maandag 23 november" under the clock. */
export const clockDate = (now: Date) => formatDay(now)

/** "Laatst bijgewerkt: 16:20", with the day when that was not today, and a word when the last try failed. */
export const updatedLabel = (updatedAt: Date, now: Date, offline: boolean) => {
  const when = amsterdamDateKey(updatedAt) === amsterdamDateKey(now) ? formatTime(updatedAt) : `${formatDay(updatedAt)}, ${formatTime(updatedAt)}`
  return `Laatst bijgewerkt: ${when}${offline ? ' · nu geen verbinding' : ''}`
}
