import type { SnapshotEvent, SnapshotWijk } from '@wijk/shared/snapshot'

import ical, { ICalEventStatus } from 'ical-generator'

import { expandOccurrences } from '@wijk/shared/recurrence'
import { addAmsterdamDays, AMSTERDAM, amsterdamWallTime, fromAmsterdamWallTime, parseIsoWithOffset, startOfAmsterdamDay } from '@wijk/shared/time'
import { type EventHost, eventPlace, placeText } from '@wijk/shared/eventPlace'

import { buildNow, CATEGORY_LABELS } from './agenda'
import { amsterdamDateTime, icalLocal, icalUtc, vtimezone } from './icalTime'
import { absoluteUrl, paths } from './paths'

const UNTIL = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/

/**
 * RFC 5545 wants UNTIL in UTC when DTSTART has a TZID. The snapshot allows a bare date (that whole
 * local day, as the site reads it), a local Amsterdam time, or UTC.
 */
function untilUtc(value: string): string {
  const m = UNTIL.exec(value)
  if (!m) return value
  if (m[7] === 'Z') return value
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const [hour, minute, second] = m[4] === undefined ? [23, 59, 59] : [Number(m[4]), Number(m[5]), Number(m[6])]
  return icalUtc(fromAmsterdamWallTime({ year, month, day, hour, minute, second }))
}

/** "RRULE:…" plus "EXDATE;TZID=Europe/Amsterdam:…" for the skipped local dates, at the event's own start time. */
export function recurrenceLines(event: SnapshotEvent): string | null {
  const rule = event.recurrence?.rule
    .trim()
    .toUpperCase()
    .replace(/^RRULE:/, '')
    .replace(/;+$/, '')
  if (!event.recurrence || !rule) return null
  const parts = rule.split(';').map((part) => (part.startsWith('UNTIL=') ? `UNTIL=${untilUtc(part.slice(6))}` : part))
  const lines = [`RRULE:${parts.join(';')}`]
  const start = amsterdamWallTime(parseIsoWithOffset(event.start))
  const skipped = [...new Set(event.recurrence.exceptions)].sort().map((date) => {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number]
    return icalLocal({ ...start, year, month, day })
  })
  if (skipped.length > 0) lines.push(`EXDATE;TZID=${AMSTERDAM}:${skipped.join(',')}`)
  return lines.join('\r\n')
}

/** In a feed: every recurring event (the calendar app expands it), and one-off events that have not ended before today. */
function inFeed(event: SnapshotEvent, now = buildNow()): boolean {
  if (event.recurrence?.rule.trim()) return true
  const from = startOfAmsterdamDay(now)
  return expandOccurrences(event, { from, to: addAmsterdamDays(from, 100 * 366) }).length > 0
}

export type CalendarInput = {
  wijk: SnapshotWijk
  events: readonly SnapshotEvent[]
  hosts: ReadonlyMap<string, EventHost>
  site: URL | string | undefined
  /** Calendar name as the app shows it. */
  name: string
  /** The page this feed belongs to. */
  pagePath: string
  now?: Date
}

/** The iCalendar text for a set of events: one VEVENT per event, recurring ones with their RRULE. */
export function agendaCalendar({ wijk, events, hosts, site, name, pagePath, now = buildNow() }: CalendarInput): string {
  const calendar = ical({
    name,
    description: `Activiteiten in ${wijk.name}`,
    prodId: { company: 'Wijkplatform', product: 'Agenda', language: 'NL' },
    url: absoluteUrl(pagePath, site),
    // No calendar-wide zone name: ical-generator would then also write DTSTAMP without its "Z".
    timezone: { name: null, generator: vtimezone },
    ttl: 6 * 60 * 60,
  })
  const selected = events.filter((event) => inFeed(event, now)).sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id))
  for (const event of selected) {
    const host = event.organisation ? (hosts.get(event.organisation) ?? null) : null
    const url = absoluteUrl(paths.event(event.slug), site)
    const updated = parseIsoWithOffset(event.updatedAt)
    calendar.createEvent({
      id: `${event.id}@${wijk.domain}`,
      start: amsterdamDateTime(event.start),
      end: amsterdamDateTime(event.end),
      timezone: AMSTERDAM,
      repeating: recurrenceLines(event),
      // Without a METHOD, DTSTAMP is when the event was last changed; this also keeps builds reproducible.
      stamp: updated,
      lastModified: updated,
      summary: event.title,
      description: [event.summary, url].filter(Boolean).join('\n\n'),
      location: placeText(eventPlace(event, host)),
      url,
      categories: [{ name: CATEGORY_LABELS[event.category] }],
      status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    })
  }
  return calendar.toString()
}

export const calendarResponse = (body: string) => new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
