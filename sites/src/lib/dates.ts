import { AMSTERDAM } from '@wijk/shared/time'

const format = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('nl-NL', { timeZone: AMSTERDAM, ...options })

const DAY = format({ weekday: 'long', day: 'numeric', month: 'long' })
const DAY_YEAR = format({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
const SHORT = format({ day: 'numeric', month: 'long', year: 'numeric' })
const TIME = format({ hour: '2-digit', minute: '2-digit' })
const DAY_NUMBER = format({ day: 'numeric' })
const MONTH_SHORT = format({ month: 'short' })

/** "dinsdag 24 november" */
export const formatDay = (iso: string | Date) => DAY.format(new Date(iso))
export const formatDayWithYear = (iso: string | Date) => DAY_YEAR.format(new Date(iso))
/** "24 november 2026" */
export const formatDate = (iso: string | Date) => SHORT.format(new Date(iso))
/** "18:00" */
export const formatTime = (iso: string | Date) => TIME.format(new Date(iso))
/** A calendar-sheet block: "24" and "nov" */
export const formatDayNumber = (iso: string | Date) => DAY_NUMBER.format(new Date(iso))
export const formatMonthShort = (iso: string | Date) => MONTH_SHORT.format(new Date(iso)).replace('.', '')
/** "18:00 – 20:00" */
export const formatTimeRange = (start: string, end: string) => `${formatTime(start)} – ${formatTime(end)}`

export const formatPrice = (price: { cents: number | null; note: string | null }): string | null => {
  if (price.note) return price.note
  if (price.cents === null) return null
  if (price.cents === 0) return 'Gratis'
  return `€ ${(price.cents / 100).toFixed(2).replace('.', ',')}`
}
