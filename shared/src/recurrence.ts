import { amsterdamWallTime, fromAmsterdamWallTime, parseIsoWithOffset, toAmsterdamIso } from './amsterdamTime'
import { floatingDateKey, floatingToWall, wallToFloating } from './floatingTime'
import { parseRecurrenceRule, UNTIL_FORMAT, type RuleParts } from './recurrenceRule'
import { RRule } from './rruleInterop'

export { validateRecurrenceRule } from './recurrenceRule'
export { describeRecurrence } from './recurrenceDescription'

/** An RRULE without DTSTART plus local dates ("YYYY-MM-DD") that are skipped. */
export type Recurrence = { rule: string; exceptions: string[] }
/** ISO strings with the Amsterdam offset, e.g. "2026-11-24T18:00:00+01:00". */
export type Occurrence = { start: string; end: string }
export type RecurringEvent = { start: string; end: string; recurrence?: Recurrence | null }
export type OccurrenceWindow = { from: Date; to: Date; limit?: number }

const DEFAULT_LIMIT = 500
const DAY_MS = 86_400_000
// Floating dates differ from real instants by the UTC offset (at most a few
// hours), so a day of slack on the rrule query never misses an occurrence;
// exact filtering happens on the real instants afterwards.
const SLACK_MS = DAY_MS
const NEXT_HORIZON_MS = 100 * 366 * DAY_MS

type Span = { start: Date; end: Date }

/**
 * UNTIL in UTC ("...Z") is a real instant, so it is moved into the floating
 * frame; a local date-time is already floating; a bare date includes that
 * whole local day, which is what an editor typing "until 31 December" means.
 */
function untilToFloating(until: string): Date {
  const m = UNTIL_FORMAT.exec(until)
  const [y, mo, d] = [Number(m?.[1]), Number(m?.[2]), Number(m?.[3])]
  if (m?.[4] === undefined) return new Date(Date.UTC(y, mo - 1, d, 23, 59, 59))
  const utc = new Date(Date.UTC(y, mo - 1, d, Number(m[4]), Number(m[5]), Number(m[6])))
  return m[7] === 'Z' ? wallToFloating(amsterdamWallTime(utc)) : utc
}

function buildRule(parts: RuleParts, body: string, floatingStart: Date): RRule {
  const withoutUntil = body
    .split(';')
    .filter((p) => !p.startsWith('UNTIL='))
    .join(';')
  const options = RRule.parseString(withoutUntil)
  const until = parts.get('UNTIL')
  return new RRule(
    { ...options, dtstart: floatingStart, tzid: null, until: until ? untilToFloating(until) : null },
    true, // expansion windows differ per call, so rrule's cache only costs memory
  )
}

/**
 * Walks the occurrences of an event in chronological order and keeps those
 * accepted by `keep`, stopping at `limit`. [lo, hi] bounds the rrule query in
 * real time; it must be generous because filtering is done by `keep`.
 */
function collect(event: RecurringEvent, lo: number, hi: number, limit: number, keep: (s: Span) => boolean): Occurrence[] {
  const start = parseIsoWithOffset(event.start)
  const end = parseIsoWithOffset(event.end)
  if (end < start) throw new Error(`Event ends (${event.end}) before it starts (${event.start})`)
  const toOccurrence = (s: Span): Occurrence => ({ start: toAmsterdamIso(s.start), end: toAmsterdamIso(s.end) })
  const recurrence = event.recurrence
  if (!recurrence || recurrence.rule.trim() === '') {
    const single = { start, end }
    return limit > 0 && keep(single) ? [toOccurrence(single)] : []
  }
  const parsed = parseRecurrenceRule(recurrence.rule)
  if (!parsed.ok) throw new Error(parsed.message)
  if (limit <= 0) return []

  const floatingStart = wallToFloating(amsterdamWallTime(start))
  // Measured on the wall clock so "18:00-20:00" stays two clock hours even on
  // the night the clocks change.
  const wallDuration = wallToFloating(amsterdamWallTime(end)).getTime() - floatingStart.getTime()
  const skipped = new Set(recurrence.exceptions)
  const spans: Span[] = []
  buildRule(parsed.parts, parsed.body, floatingStart).between(new Date(lo - wallDuration - SLACK_MS), new Date(hi + SLACK_MS), true, (floating) => {
    if (skipped.has(floatingDateKey(floating))) return true
    const realStart = fromAmsterdamWallTime(floatingToWall(floating))
    // Measured from the resolved start, so an occurrence pushed out of the
    // spring-forward gap keeps its length instead of collapsing to zero.
    const endFloating = wallToFloating(amsterdamWallTime(realStart)).getTime() + wallDuration
    const span = { start: realStart, end: fromAmsterdamWallTime(floatingToWall(new Date(endFloating))) }
    if (keep(span)) spans.push(span)
    return spans.length < limit
  })
  return spans.sort((a, b) => a.start.getTime() - b.start.getTime()).map(toOccurrence)
}

/**
 * Occurrences overlapping [from, to), sorted by start. Recurring events keep
 * their local clock time across DST: a Tuesday 18:00 meal is 18:00 all year.
 */
export function expandOccurrences(event: RecurringEvent, window: OccurrenceWindow): Occurrence[] {
  const { from, to, limit = DEFAULT_LIMIT } = window
  if (!(from < to)) return []
  // A zero-length occurrence exactly at `from` still counts as happening in the window.
  const overlaps = (s: Span): boolean => s.start < to && (s.end > from || s.start.getTime() === from.getTime())
  return collect(event, from.getTime(), to.getTime(), limit, overlaps)
}

/** The first `count` occurrences starting at or after `after`. */
export function nextOccurrences(event: RecurringEvent, after: Date, count: number): Occurrence[] {
  const startsLater = (s: Span): boolean => s.start >= after
  return collect(event, after.getTime(), after.getTime() + NEXT_HORIZON_MS, count, startsLater)
}
