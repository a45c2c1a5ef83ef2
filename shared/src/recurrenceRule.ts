/**
 * Parsing and validation of RRULE strings as editors type them. rrule's own
 * parser is lenient (it accepts INTERVAL=abc or BYDAY=XX and fails later, or
 * never), so rules are checked here first and editors get a Dutch explanation.
 */

export type RuleParts = ReadonlyMap<string, string>
export type ParsedRule = { ok: true; parts: RuleParts; body: string } | { ok: false; message: string }

const PREFIX = 'Ongeldige herhaalregel: '
const EXAMPLE = '(bijvoorbeeld FREQ=WEEKLY;BYDAY=TU)'
const SUPPORTED_FREQ = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']
const TOO_FINE_FREQ = ['SECONDLY', 'MINUTELY', 'HOURLY']
// The time of day comes from the event itself, so time-of-day parts would
// only produce occurrences at clock times the editor never entered.
const TIME_PARTS = ['BYHOUR', 'BYMINUTE', 'BYSECOND']
const NUMERIC_LISTS: Record<string, [min: number, max: number]> = {
  BYMONTH: [1, 12],
  BYMONTHDAY: [-31, 31],
  BYYEARDAY: [-366, 366],
  BYWEEKNO: [-53, 53],
  BYSETPOS: [-366, 366],
}
const KNOWN_PARTS = ['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'WKST', ...Object.keys(NUMERIC_LISTS)]
const WEEKDAY = /^(MO|TU|WE|TH|FR|SA|SU)$/
const BYDAY_TOKEN = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/
export const UNTIL_FORMAT = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/

const fail = (detail: string): ParsedRule => ({ ok: false, message: PREFIX + detail })
const MAX_MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * A rule like "30 February" never yields a date, and rrule then scans every
 * day up to the year 9999 (seconds of CPU per expansion), so catch it here.
 */
function neverMatches(parts: RuleParts): boolean {
  const monthDays = parts.get('BYMONTHDAY')?.split(',').map(Number)
  if (!monthDays) return false
  const months = parts.get('BYMONTH')?.split(',').map(Number)
  const longest = months ? Math.max(...months.map((m) => MAX_MONTH_DAYS[m - 1] ?? 31)) : 31
  return monthDays.every((day) => Math.abs(day) > longest)
}

function checkValue(key: string, value: string, freq: string): string | null {
  if (key === 'INTERVAL' || key === 'COUNT') {
    return /^[1-9]\d{0,3}$/.test(value) ? null : `${key} moet een positief geheel getal zijn`
  }
  if (key === 'UNTIL') {
    return UNTIL_FORMAT.test(value) ? null : 'UNTIL moet een datum zijn zoals 20271231 of 20271231T230000Z'
  }
  if (key === 'WKST') return WEEKDAY.test(value) ? null : `onbekende dag "${value}" in WKST`
  if (key === 'BYDAY') {
    for (const token of value.split(',')) {
      const m = BYDAY_TOKEN.exec(token)
      if (!m) return `onbekende dag "${token}" in BYDAY (gebruik MO, TU, WE, TH, FR, SA of SU)`
      const ordinal = m[1] === undefined ? null : Number(m[1])
      if (ordinal === 0 || (ordinal !== null && Math.abs(ordinal) > 53)) return `ongeldig rangnummer in BYDAY "${token}"`
      // RFC 5545 only defines ordinals ("1TH") within a month or year.
      if (ordinal !== null && freq !== 'MONTHLY' && freq !== 'YEARLY') {
        return 'een rangnummer in BYDAY (zoals 1TH) kan alleen bij FREQ=MONTHLY of FREQ=YEARLY'
      }
    }
    return null
  }
  const range = NUMERIC_LISTS[key]
  if (range) {
    for (const item of value.split(',')) {
      const n = /^[+-]?\d{1,3}$/.test(item) ? Number(item) : NaN
      if (!(n !== 0 && n >= range[0] && n <= range[1])) return `${key} bevat een ongeldige waarde "${item}"`
    }
  }
  return null
}

/** Parses and validates a rule; the body is the normalised rule without prefix. */
export function parseRecurrenceRule(rule: string): ParsedRule {
  const body = rule
    .trim()
    .toUpperCase()
    .replace(/^RRULE:/, '')
    .replace(/;+$/, '')
  if (body === '') return fail(`de regel is leeg ${EXAMPLE}`)
  if (body.includes('DTSTART')) return fail('laat DTSTART weg, de begintijd komt uit het evenement')
  const parts = new Map<string, string>()
  for (const part of body.split(';')) {
    const m = /^([A-Z]+)=([^=;\s]+)$/.exec(part.trim())
    if (!m || m[1] === undefined || m[2] === undefined) return fail(`"${part}" heeft niet de vorm NAAM=WAARDE ${EXAMPLE}`)
    const [key, value] = [m[1], m[2]]
    if (TIME_PARTS.includes(key)) return fail(`${key} wordt niet ondersteund; de tijd komt uit het evenement`)
    if (!KNOWN_PARTS.includes(key)) return fail(`onbekend onderdeel ${key}`)
    if (parts.has(key)) return fail(`${key} komt meer dan één keer voor`)
    parts.set(key, value)
  }
  const freq = parts.get('FREQ')
  if (freq === undefined) return fail(`FREQ ontbreekt ${EXAMPLE}`)
  if (TOO_FINE_FREQ.includes(freq)) {
    return fail(`FREQ=${freq} is te fijnmazig voor een agenda; gebruik DAILY, WEEKLY, MONTHLY of YEARLY`)
  }
  if (!SUPPORTED_FREQ.includes(freq)) return fail(`onbekende FREQ "${freq}"; gebruik DAILY, WEEKLY, MONTHLY of YEARLY`)
  if (parts.has('COUNT') && parts.has('UNTIL')) return fail('gebruik COUNT of UNTIL, niet allebei')
  for (const [key, value] of parts) {
    const problem = checkValue(key, value, freq)
    if (problem) return fail(problem)
  }
  if (neverMatches(parts)) return fail('deze combinatie van BYMONTH en BYMONTHDAY komt nooit voor')
  return { ok: true, parts, body: [...parts].map(([k, v]) => `${k}=${v}`).join(';') }
}

/** Returns null for a usable rule, otherwise a short Dutch message for the editor. */
export function validateRecurrenceRule(rule: string): string | null {
  const parsed = parseRecurrenceRule(rule)
  return parsed.ok ? null : parsed.message
}
