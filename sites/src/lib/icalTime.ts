import type { ICalTemporalInstantStub, ICalTemporalPlainDateStub, ICalTemporalPlainDateTimeStub, ICalTemporalZonedDateTimeStub } from 'ical-generator'

import { AMSTERDAM, amsterdamWallTime, parseIsoWithOffset, toAmsterdamIso, type WallTime } from '@wijk/shared/time'

/*
 * ical-generator writes a native Date under a TZID using the *build machine's* clock (wrong on a UTC
 * server), so DTSTART/DTEND are handed to it as the minimal Temporal.ZonedDateTime shape it accepts,
 * fixed to Europe/Amsterdam and computed with the shared Intl-based helpers. Node has no Temporal yet.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0')
const localIso = (w: WallTime) => `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`

const onlyAmsterdam = (timeZone: string) => {
  if (timeZone !== AMSTERDAM) throw new Error(`Only ${AMSTERDAM} is supported, not ${timeZone}`)
}

const plainDate = (w: WallTime): ICalTemporalPlainDateStub => {
  const iso = localIso(w).slice(0, 10)
  return { year: w.year, month: w.month, day: w.day, toJSON: () => iso, toString: () => iso }
}

const plainDateTime = (instant: Date, w: WallTime): ICalTemporalPlainDateTimeStub => ({
  ...w,
  toJSON: () => localIso(w),
  toString: () => localIso(w),
  toPlainDate: () => plainDate(w),
  toZonedDateTime: (timeZone) => {
    onlyAmsterdam(timeZone)
    return amsterdamDateTime(instant)
  },
})

const instantOf = (instant: Date): ICalTemporalInstantStub => ({
  epochMilliseconds: instant.getTime(),
  toJSON: () => instant.toISOString(),
  toString: () => instant.toISOString(),
  toZonedDateTimeISO: (timeZone) => {
    onlyAmsterdam(timeZone)
    return amsterdamDateTime(instant)
  },
})

/** An instant as an Europe/Amsterdam ZonedDateTime for ical-generator: DTSTART;TZID=Europe/Amsterdam:<local time>. */
export function amsterdamDateTime(value: Date | string): ICalTemporalZonedDateTimeStub {
  const instant = typeof value === 'string' ? parseIsoWithOffset(value) : value
  const wall = amsterdamWallTime(instant)
  const zoned: ICalTemporalZonedDateTimeStub = {
    ...wall,
    timeZoneId: AMSTERDAM,
    toInstant: () => instantOf(instant),
    toJSON: () => toAmsterdamIso(instant),
    toString: () => `${toAmsterdamIso(instant)}[${AMSTERDAM}]`,
    toPlainDateTime: () => plainDateTime(instant, wall),
    withTimeZone: (timeZone) => {
      onlyAmsterdam(timeZone)
      return zoned
    },
  }
  return zoned
}

/** "20261214T173000": a local date-time value as used after TZID=Europe/Amsterdam. */
export const icalLocal = (w: WallTime) => `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`

/** "20261214T163000Z" */
export const icalUtc = (instant: Date) => `${instant.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`

/**
 * Europe/Amsterdam with the EU rules in force since 1996 (last Sunday of March 02:00 CET → CEST,
 * last Sunday of October 03:00 CEST → CET). Written out because ical-generator needs an extra
 * package for VTIMEZONE blocks.
 */
const AMSTERDAM_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${AMSTERDAM}`,
  `X-LIC-LOCATION:${AMSTERDAM}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n')

/** The VTIMEZONE generator for ical-generator's calendar.timezone(). */
export const vtimezone = (timeZone: string): string | null => (timeZone === AMSTERDAM ? AMSTERDAM_VTIMEZONE : null)
