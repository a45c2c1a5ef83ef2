import { EVENT_CATEGORY_LABELS } from '@wijk/shared/eventCategories'
import { expandOccurrences } from '@wijk/shared/recurrence'
import type { SnapshotEvent } from '@wijk/shared/snapshot'
import { addAmsterdamDays, AMSTERDAM, amsterdamDateKey, fromAmsterdamWallTime, startOfAmsterdamDay } from '@wijk/shared/time'

import { readBuilt, snapshot } from './builtSite'

/**
 * What screen mode must show, computed from the demo snapshot with the shared recurrence expansion
 * (not with the screen's own code): the feed's window, and per moment today's and the week's rows.
 */

/** The moment the site was built (its clock, or WIJK_NOW), as the feed states it. */
export const buildMoment = () => new Date((JSON.parse(readBuilt('/scherm/agenda.json')) as { generatedAt: string }).generatedAt)
/** The feed covers 15 days from the start of the build's day. */
export const buildDay = startOfAmsterdamDay(buildMoment())
export const feedWindow = { from: buildDay, to: addAmsterdamDays(buildDay, 15) }

export type Expected = { event: SnapshotEvent; start: string; end: string }

export const feedOccurrences: Expected[] = snapshot.events
  .flatMap((event) => expandOccurrences(event, feedWindow).map((o) => ({ event, start: o.start, end: o.end })))
  .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.event.title.localeCompare(b.event.title, 'nl'))

const TIME = new Intl.DateTimeFormat('nl-NL', { timeZone: AMSTERDAM, hour: '2-digit', minute: '2-digit' })
const DAY = new Intl.DateTimeFormat('nl-NL', { timeZone: AMSTERDAM, weekday: 'long', day: 'numeric', month: 'long' })
export const timeText = (iso: string | Date) => TIME.format(new Date(iso))
export const dayText = (instant: Date) => DAY.format(instant)

/** A row as the screen shows it: its day, start time, title and category. */
export type Row = { day: string; start: string; title: string; category: string }
export const rowKey = (row: Row) => `${row.day} ${row.start} ${row.title} (${row.category})`

const rowOf = (day: string, o: Expected): Row => ({ day, start: timeText(o.start), title: o.event.title, category: EVENT_CATEGORY_LABELS[o.event.category] })

/**
 * At `moment`: today's rows (on today and not ended) and the next six days' rows, each under its day.
 * `keep` limits the activities like a screen's URL parameters do.
 */
export const expectedRows = (moment: Date, keep: (event: SnapshotEvent) => boolean = () => true): { today: Row[]; week: Row[] } => {
  const todayKey = amsterdamDateKey(moment)
  const tomorrow = addAmsterdamDays(startOfAmsterdamDay(moment), 1).getTime()
  const weekEnd = addAmsterdamDays(startOfAmsterdamDay(moment), 7).getTime()
  const mine = feedOccurrences.filter((o) => keep(o.event))
  return {
    today: mine.filter((o) => Date.parse(o.start) < tomorrow && Date.parse(o.end) > moment.getTime()).map((o) => rowOf(todayKey, o)),
    week: mine.filter((o) => Date.parse(o.start) >= tomorrow && Date.parse(o.start) < weekEnd).map((o) => rowOf(amsterdamDateKey(new Date(o.start)), o)),
  }
}

/** A wall-clock moment in Amsterdam on the day `days` after the build's day. */
export const amsterdamMoment = (days: number, hour: number, minute: number, second = 0) => {
  const day = addAmsterdamDays(buildDay, days)
  const [year, month, date] = amsterdamDateKey(day).split('-').map(Number) as [number, number, number]
  return fromAmsterdamWallTime({ year, month, day: date, hour, minute, second })
}

const startsOn = (dayOffset: number) => {
  const key = amsterdamDateKey(addAmsterdamDays(buildDay, dayOffset))
  return feedOccurrences.filter((o) => amsterdamDateKey(new Date(o.start)) === key)
}

/**
 * Day D (days after the build's day) for the midnight test: D and D+1 both have activities, and D+7
 * (the last day of the week seen from D+1) is still inside the feed.
 */
export const rolloverDay = (): number => {
  for (let d = 0; d <= 7; d++) if (startsOn(d).length > 0 && startsOn(d + 1).length > 0) return d
  throw new Error('The demo agenda has no two days in a row with activities in the coming week')
}
