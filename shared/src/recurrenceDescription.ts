import { parseRecurrenceRule, type RuleParts } from './recurrenceRule'

/**
 * Short Dutch descriptions for the rules editors actually use. Anything more
 * exotic falls back to a neutral word rather than risking a wrong sentence.
 */

const FALLBACK = 'Terugkerend'
const DAY_NAMES: Record<string, string> = {
  MO: 'maandag',
  TU: 'dinsdag',
  WE: 'woensdag',
  TH: 'donderdag',
  FR: 'vrijdag',
  SA: 'zaterdag',
  SU: 'zondag',
}
const ORDINALS: Record<string, string> = {
  '1': 'eerste',
  '2': 'tweede',
  '3': 'derde',
  '4': 'vierde',
  '5': 'vijfde',
  '-1': 'laatste',
  '-2': 'voorlaatste',
}
const NUMBER_WORDS = ['', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes']
// Parts that only bound the series (or don't change which days match in the
// shapes handled here) and can be left out of a short description.
const IGNORABLE = new Set(['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'WKST', 'BYDAY', 'BYMONTHDAY'])

const numberWord = (n: number): string => NUMBER_WORDS[n] ?? String(n)

/** "maandag", "maandag en donderdag", "maandag, woensdag en vrijdag". */
function joinDutch(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`
}

function describeWeekly(interval: number, days: string[]): string | null {
  const names = days.map((d) => DAY_NAMES[d])
  if (names.some((n) => n === undefined)) return null
  const list = joinDutch(names as string[])
  if (interval === 1) return list ? `Elke ${list}` : 'Elke week'
  return `Elke ${numberWord(interval)} weken${list ? ` op ${list}` : ''}`
}

function describeMonthly(interval: number, parts: RuleParts): string | null {
  const every = interval === 1 ? 'Elke maand' : `Elke ${numberWord(interval)} maanden`
  const monthDay = parts.get('BYMONTHDAY')
  const byDay = parts.get('BYDAY')
  if (monthDay && byDay) return null
  if (monthDay) return /^[1-9]\d?$/.test(monthDay) ? `${every} op de ${monthDay}e` : null
  if (!byDay) return every
  const m = /^\+?(-?\d)([A-Z]{2})$/.exec(byDay)
  const ordinal = ORDINALS[m?.[1] ?? '']
  const day = DAY_NAMES[m?.[2] ?? '']
  if (!ordinal || !day) return null
  if (interval === 1) return `Elke ${ordinal} ${day} van de maand`
  return `${every} op de ${ordinal} ${day}`
}

function describeParts(parts: RuleParts): string | null {
  if ([...parts.keys()].some((key) => !IGNORABLE.has(key))) return null
  const interval = Number(parts.get('INTERVAL') ?? '1')
  const days = parts.get('BYDAY')?.split(',') ?? []
  switch (parts.get('FREQ')) {
    case 'DAILY':
      if (days.length > 0 || parts.has('BYMONTHDAY')) return null
      return interval === 1 ? 'Elke dag' : `Elke ${numberWord(interval)} dagen`
    case 'WEEKLY':
      return parts.has('BYMONTHDAY') ? null : describeWeekly(interval, days)
    case 'MONTHLY':
      return describeMonthly(interval, parts)
    case 'YEARLY':
      if (days.length > 0 || parts.has('BYMONTHDAY')) return null
      return interval === 1 ? 'Elk jaar' : `Elke ${numberWord(interval)} jaar`
    default:
      return null
  }
}

export function describeRecurrence(rule: string): string {
  const parsed = parseRecurrenceRule(rule)
  return (parsed.ok && describeParts(parsed.parts)) || FALLBACK
}
