/**
 * Europe/Amsterdam wall-clock handling built on Intl only, so the helpers run
 * unchanged in Node, browsers and edge runtimes without shipping tz data.
 */

export const AMSTERDAM = 'Europe/Amsterdam'

/** A local Amsterdam clock reading; month is 1-12. */
export type WallTime = {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

const MINUTE_MS = 60_000
const DAY_MS = 86_400_000

// One shared formatter: constructing Intl formatters is expensive and these
// helpers run in tight loops when expanding recurrences.
// hourCycle h23 avoids engines reporting midnight as "24".
const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: AMSTERDAM,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
})

function assertValid(instant: Date): void {
  if (Number.isNaN(instant.getTime())) throw new Error('Invalid Date passed to an Amsterdam time helper')
}

function wallTimeFromIntl(instant: Date): WallTime {
  const wall: WallTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 }
  for (const part of formatter.formatToParts(instant)) {
    if (part.type in wall) wall[part.type as keyof WallTime] = Number(part.value)
  }
  return wall
}

const HOUR_MS = 3_600_000
// Amsterdam's offset only ever changes on a whole UTC hour, so one Intl call per hour is enough.
// formatToParts is slow, and a site build converts hundreds of thousands of instants.
const offsetByUtcHour = new Map<number, number>()

function offsetMsForHour(utcHour: number): number {
  let offset = offsetByUtcHour.get(utcHour)
  if (offset === undefined) {
    const start = utcHour * HOUR_MS
    offset = wallAsUtcMs(wallTimeFromIntl(new Date(start))) - start
    if (offsetByUtcHour.size > 200_000) offsetByUtcHour.clear()
    offsetByUtcHour.set(utcHour, offset)
  }
  return offset
}

export function amsterdamWallTime(instant: Date): WallTime {
  assertValid(instant)
  // Like Intl, the reading is to the second.
  const ms = Math.floor(instant.getTime() / 1000) * 1000
  const local = new Date(ms + offsetMsForHour(Math.floor(ms / HOUR_MS)))
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  }
}

/** The wall time read as if it were UTC; the basis of all offset arithmetic. */
function wallAsUtcMs(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)
}

export function amsterdamOffsetMinutes(instant: Date): number {
  // Intl drops milliseconds, so compare against the instant truncated to the second.
  const truncated = Math.floor(instant.getTime() / 1000) * 1000
  return Math.round((wallAsUtcMs(amsterdamWallTime(instant)) - truncated) / MINUTE_MS)
}

export function fromAmsterdamWallTime(wall: WallTime): Date {
  const naive = wallAsUtcMs(wall)
  if (Number.isNaN(naive)) throw new Error('Invalid wall time passed to fromAmsterdamWallTime')
  // Transitions are months apart, so the offsets a day either side are the
  // only two candidates for any wall time.
  const before = amsterdamOffsetMinutes(new Date(naive - DAY_MS))
  const after = amsterdamOffsetMinutes(new Date(naive + DAY_MS))
  // Trying the larger offset first yields the earlier instant, which is the
  // first of the two readings in the autumn overlap.
  for (const offset of [Math.max(before, after), Math.min(before, after)]) {
    const candidate = new Date(naive - offset * MINUTE_MS)
    if (wallAsUtcMs(amsterdamWallTime(candidate)) === naive) return candidate
  }
  // Spring-forward gap: interpreting the time with the pre-transition offset
  // lands exactly "gap" later on the clock, e.g. 02:30 CET becomes 03:30 CEST.
  return new Date(naive - before * MINUTE_MS)
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

export function toAmsterdamIso(instant: Date): string {
  const w = amsterdamWallTime(instant)
  const date = `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`
  const time = `${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`
  return `${date}T${time}${formatOffset(amsterdamOffsetMinutes(instant))}`
}

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/

/**
 * Parses "YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM)". An explicit offset is
 * required because a bare local time would be silently read in the server's
 * zone, which is exactly the bug this module exists to prevent.
 */
export function parseIsoWithOffset(iso: string): Date {
  const m = ISO_WITH_OFFSET.exec(iso.trim())
  const fail = (): never => {
    throw new Error(`Invalid date-time "${iso}": expected e.g. 2026-11-24T18:00:00+01:00`)
  }
  if (!m) return fail()
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number]
  const millis = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3))
  const offH = Number(m[10] ?? 0)
  const offM = Number(m[11] ?? 0)
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return fail()
  if (hour > 23 || minute > 59 || second > 59 || offH > 14 || offM > 59) return fail()
  const offset = (m[9] === '-' ? -1 : 1) * (offH * 60 + offM)
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis) - offset * MINUTE_MS)
}

export function amsterdamDateKey(instant: Date): string {
  const w = amsterdamWallTime(instant)
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`
}

export function startOfAmsterdamDay(instant: Date): Date {
  return fromAmsterdamWallTime({ ...amsterdamWallTime(instant), hour: 0, minute: 0, second: 0 })
}

/** Adds calendar days on the local clock, so 18:00 stays 18:00 across DST. */
export function addAmsterdamDays(instant: Date, days: number): Date {
  const w = amsterdamWallTime(instant)
  // Date.UTC normalises overflow (e.g. day 32) into the next month for us.
  const shifted = new Date(Date.UTC(w.year, w.month - 1, w.day + days, w.hour, w.minute, w.second))
  const result = fromAmsterdamWallTime({
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: w.hour,
    minute: w.minute,
    second: w.second,
  })
  return new Date(result.getTime() + instant.getUTCMilliseconds())
}
