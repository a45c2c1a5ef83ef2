import { amsterdamWallTime } from '@wijk/shared/time'

import type { Event } from '../../payload-types'
import { cleanText } from '../text/cleanText'
import { plainTextOf } from '../text/plainParagraphs'

/** The fields of the activity form, as the form sends them (text only). */
export const ACTIVITY_FIELDS = [
  'title',
  'category',
  'summary',
  'description',
  'date',
  'startTime',
  'endTime',
  'repeat',
  'placeName',
  'street',
  'houseNumber',
  'postcode',
  'city',
  'howToJoin',
  'photoAlt',
] as const
type ActivityField = (typeof ACTIVITY_FIELDS)[number]
export type ActivityFormValues = Record<ActivityField, string>

export const emptyActivityValues = (): ActivityFormValues => ({
  ...(Object.fromEntries(ACTIVITY_FIELDS.map((field) => [field, ''])) as ActivityFormValues),
  repeat: 'once',
})

/** The posted fields, as core's body parser or a FormData gives them. */
export type PostedFields = Record<string, unknown>

/** What a posted form holds for each field (text only; files and anything unknown are left out). */
export const activityValuesFrom = (fields: PostedFields): ActivityFormValues => {
  const values = emptyActivityValues()
  for (const field of ACTIVITY_FIELDS) if (typeof fields[field] === 'string') values[field] = cleanText(fields[field] as string, 5000)
  return values
}

const pad = (n: number) => String(n).padStart(2, '0')

/** A simple weekly rule the form can show as "elke week"; anything else the redactie set is kept as it is. */
export const isSimpleWeekly = (rule: string) => /^FREQ=WEEKLY;BYDAY=(MO|TU|WE|TH|FR|SA|SU)$/.test(rule)

/** A stored event (its latest draft) as the form's values. */
export const activityValuesOf = (event: Event): ActivityFormValues => {
  const start = amsterdamWallTime(new Date(event.startsAt))
  const end = event.endsAt ? amsterdamWallTime(new Date(event.endsAt)) : null
  const rule = event.recurrence?.rule?.trim() ?? ''
  const image = typeof event.image === 'object' && event.image ? event.image : null
  return {
    title: event.title ?? '',
    category: event.category ?? '',
    summary: event.summary ?? '',
    description: plainTextOf(event.description),
    date: `${start.year}-${pad(start.month)}-${pad(start.day)}`,
    startTime: `${pad(start.hour)}:${pad(start.minute)}`,
    endTime: end ? `${pad(end.hour)}:${pad(end.minute)}` : '',
    repeat: rule === '' ? 'once' : isSimpleWeekly(rule) ? 'weekly' : 'keep',
    placeName: event.place?.name ?? '',
    street: event.place?.address?.street ?? '',
    houseNumber: event.place?.address?.houseNumber ?? '',
    postcode: event.place?.address?.postcode ?? '',
    city: event.place?.address?.city ?? '',
    howToJoin: event.howToJoin ?? '',
    photoAlt: image?.alt ?? '',
  }
}
