import { fromAmsterdamWallTime } from '@wijk/shared/time'

import type { Event } from '../../payload-types'
import { plainTextOf, richTextOf } from '../text/plainParagraphs'
import type { ActivityInput } from './activitySchema'

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const
const TWO_HOURS = 2 * 60 * 60 * 1000

const instant = (date: string, time: string) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const [hour, minute] = time.split(':').map(Number) as [number, number]
  return fromAmsterdamWallTime({ year, month, day, hour, minute, second: 0 })
}

/** "elke week" means: every week on the weekday of the first date. */
const weeklyRuleFor = (date: string) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return `FREQ=WEEKLY;BYDAY=${DAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]}`
}

/**
 * The event fields the form fills in. Everything else (organisation, themes, price, exceptions, the
 * map point) is left out, so an update keeps what the redactie set; the CMS geocodes a new address.
 * `previous` is the stored draft: its description is only replaced when the text was changed, so the
 * redactie's formatting survives a resident's save.
 */
export const eventDataOf = (input: ActivityInput, previous?: Event | null) => {
  const data: Record<string, unknown> = {
    title: input.title ?? null,
    category: input.category ?? null,
    summary: input.summary ?? null,
    place: {
      name: input.placeName ?? null,
      address: { street: input.street ?? null, houseNumber: input.houseNumber ?? null, postcode: input.postcode ?? null, city: input.city ?? null },
    },
    howToJoin: input.howToJoin ?? null,
  }
  // A concept may not have its date yet; then the time waits too.
  if (input.date && input.startTime) {
    const startsAt = instant(input.date, input.startTime)
    const endsAt = input.endTime ? instant(input.date, input.endTime) : new Date(startsAt.getTime() + TWO_HOURS)
    Object.assign(data, { startsAt: startsAt.toISOString(), startsAt_tz: 'Europe/Amsterdam', endsAt: endsAt.toISOString(), endsAt_tz: 'Europe/Amsterdam' })
  }
  if (input.repeat === 'once' || (input.repeat === 'weekly' && input.date)) {
    data.recurrence = { rule: input.repeat === 'weekly' && input.date ? weeklyRuleFor(input.date) : '', exceptions: previous?.recurrence?.exceptions ?? [] }
  }
  const description = input.description ?? ''
  if (!previous || description !== plainTextOf(previous.description)) data.description = description ? richTextOf(description) : null
  return data
}
