import { z } from 'zod'

import { EVENT_CATEGORIES } from '@wijk/shared/eventCategories'
import { isDutchPostcode, normalizePostcode, POSTCODE_MESSAGE } from '@wijk/shared/validation'

import { optionalText, text } from '../../public/formFields'

/** How often: once, or every week on the day of the first date. `keep` leaves a rule the redactie set. */
const REPEATS = ['once', 'weekly', 'keep'] as const

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DUTCH_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/
const TIME = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/

/** A browser's date field sends 2027-01-14; someone typing may write 14-1-2027. Both become 2027-01-14. */
const toIsoDate = (value: unknown): unknown => {
  if (typeof value !== 'string') return value
  const trimmed = value.trim()
  const dutch = DUTCH_DATE.exec(trimmed)
  return dutch ? `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}` : trimmed
}

const isCalendarDate = (value: string): boolean => {
  const m = ISO_DATE.exec(value)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return year >= 2000 && year <= 2100 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

const DATE_MESSAGE = 'Vul de datum in, bijvoorbeeld 14-01-2027.'
const date = z.preprocess(toIsoDate, z.string({ error: DATE_MESSAGE }).refine(isCalendarDate, { error: DATE_MESSAGE }))

const toTime = (value: unknown): unknown => {
  if (typeof value !== 'string') return value
  const m = TIME.exec(value.trim())
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : value.trim()
}
const START_MESSAGE = 'Vul de begintijd in, bijvoorbeeld 14:00.'
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/
const startTime = z.preprocess(toTime, z.string({ error: START_MESSAGE }).regex(HH_MM, { error: START_MESSAGE }))
const endTime = z.preprocess(
  (value) => (value === null || value === undefined || (typeof value === 'string' && value.trim() === '') ? undefined : toTime(value)),
  z
    .string({ error: 'Vul de eindtijd in zoals 16:00, of laat het leeg.' })
    .regex(HH_MM, { error: 'Vul de eindtijd in zoals 16:00, of laat het leeg.' })
    .optional(),
)

const postcode = optionalText({ max: 10 })
  .transform((value) => (value === undefined ? undefined : normalizePostcode(value)))
  .refine((value) => value === undefined || isDutchPostcode(value), { error: POSTCODE_MESSAGE })

/** Options that differ between a resident's proposal and a partner's activity, and between a concept and "Indienen". */
export type ActivitySchemaOptions = {
  /** "concept" keeps whatever is typed so far (each filled-in field must still make sense); "indienen" needs everything. */
  mode: 'concept' | 'indienen'
  /** A resident says where; a partner may leave it empty ("bij de organisatie zelf"). */
  placeRequired: boolean
  /** The first date of a new activity lies today or later (YYYY-MM-DD in Amsterdam). */
  earliestDate?: string
}

const blankToUndefined = (value: unknown) => (value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value)
/** In a concept an empty field is fine; a filled-in one is checked as usual. */
const mayBeEmpty = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional())

/**
 * "Ik organiseer iets" and a partner's activity: what, when (one-off or weekly), where, a short
 * description, how to join. Every message says in plain Dutch what to do.
 */
export const activitySchema = ({ mode, placeRequired, earliestDate }: ActivitySchemaOptions) => {
  const needed = <T extends z.ZodType>(schema: T) => (mode === 'indienen' ? schema : mayBeEmpty(schema))
  return z
    .object({
      title: needed(text({ required: 'Vul in wat je organiseert, bijvoorbeeld: Samen koken op dinsdag.', max: 120 })),
      category: needed(z.enum(EVENT_CATEGORIES, { error: 'Kies wat voor activiteit het is.' })),
      summary: needed(
        text({ required: 'Vertel in één zin wat mensen kunnen verwachten.', max: 200, tooLong: 'Gebruik voor de korte zin hoogstens 200 tekens.' }),
      ),
      description: optionalText({ max: 3000, tooLong: 'Het verhaal is te lang. Gebruik hoogstens 3000 tekens.' }),
      date: needed(date),
      startTime: needed(startTime),
      endTime,
      repeat: z.preprocess((value) => blankToUndefined(value) ?? 'once', z.enum(REPEATS, { error: 'Kies of het één keer is of elke week.' })),
      placeName: optionalText({ max: 120 }),
      street: optionalText({ max: 120 }),
      houseNumber: optionalText({ max: 20 }),
      postcode,
      city: optionalText({ max: 80 }),
      howToJoin: optionalText({ max: 400, tooLong: 'Gebruik hier hoogstens 400 tekens.' }),
      photoAlt: optionalText({ max: 200, tooLong: 'Maak de beschrijving van de foto korter (hoogstens 200 tekens).' }),
    })
    .superRefine((values, ctx) => {
      if (values.endTime && values.startTime && values.endTime <= values.startTime) {
        ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'De eindtijd moet na de begintijd liggen.' })
      }
      if (earliestDate && values.date && values.date < earliestDate) {
        ctx.addIssue({ code: 'custom', path: ['date'], message: 'Kies een datum vanaf vandaag.' })
      }
      if (mode === 'concept') return
      const address = [values.street, values.houseNumber, values.postcode, values.city]
      if (address.some(Boolean)) {
        if (!values.street) ctx.addIssue({ code: 'custom', path: ['street'], message: 'Vul de straat in.' })
        if (!values.houseNumber) ctx.addIssue({ code: 'custom', path: ['houseNumber'], message: 'Vul het huisnummer in.' })
        if (!values.city) ctx.addIssue({ code: 'custom', path: ['city'], message: 'Vul de plaats in.' })
      }
      if (placeRequired && !values.placeName && !values.street) {
        ctx.addIssue({ code: 'custom', path: ['placeName'], message: 'Vul in waar het is: de naam van de plek of het adres.' })
      }
    })
}

export type ActivityInput = z.output<ReturnType<typeof activitySchema>>
