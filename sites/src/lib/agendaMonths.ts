import { amsterdamDateKey } from '@wijk/shared/time'

import { type AgendaItem, groupBy } from './agenda'

/** "2026-12" for an occurrence starting in December 2026 (Amsterdam time). */
export const monthOf = (item: AgendaItem): string => amsterdamDateKey(new Date(item.start)).slice(0, 7)

/** Items per month ("2026-12"), in order; the items keep their order. */
export const byMonth = (items: readonly AgendaItem[]) => groupBy(items, monthOf)

const MONTH = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' })

/** "december 2026". */
export const monthLabel = (month: string): string => MONTH.format(new Date(`${month}-15T12:00:00Z`))

/**
 * How many occurrences /agenda/ shows for today and the coming days. A big wijk has hundreds a
 * week; the page must stay light on a phone, the rest is one tap away on the month pages.
 */
export const AGENDA_INDEX_LIMIT = 50
