import { amsterdamDateKey } from '@wijk/shared/time'

import { buildNow } from './agenda'
import { formatDay, formatDayWithYear } from './dates'

/** "maandag 30 november", with the year only when it is not this year. */
export const dayLabel = (iso: string, now = buildNow()) =>
  amsterdamDateKey(new Date(iso)).slice(0, 4) === amsterdamDateKey(now).slice(0, 4) ? formatDay(iso) : formatDayWithYear(iso)

/** A local date key ("2026-11-24") as an instant on that day, for the date formatters. */
export const middayOf = (dateKey: string) => `${dateKey}T12:00:00+01:00`

export const sameDay = (a: string, b: string) => amsterdamDateKey(new Date(a)) === amsterdamDateKey(new Date(b))
