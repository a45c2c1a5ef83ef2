import { z } from 'zod'

import { isDutchPhone, isDutchPostcode, isHttpUrl, normalizePostcode, PHONE_MESSAGE, POSTCODE_MESSAGE, URL_MESSAGE } from '@wijk/shared/validation'

import { optionalText, text } from '../../public/formFields'

/** Rows of opening hours the form offers (an empty row is left out). */
export const OPENING_ROWS = 6

const phone = optionalText({ max: 30 }).refine((value) => value === undefined || isDutchPhone(value), { error: PHONE_MESSAGE })

/**
 * What a partner keeps current about its organisation: the words, the face, how to reach it and when
 * it is open. Name, kind, themes, slug and the wijk stay with the redactie.
 */
const openingRows = Object.fromEntries(
  Array.from({ length: OPENING_ROWS }, (_, row) => [
    [`days${row}`, optionalText({ max: 60 })],
    [`hours${row}`, optionalText({ max: 60 })],
  ]).flat(),
) as Record<`days${number}` | `hours${number}`, ReturnType<typeof optionalText>>

export const organisationSchema = z
  .object({
    summary: text({ required: 'Vertel in één zin wat jullie doen.', max: 200, tooLong: 'Gebruik voor de korte zin hoogstens 200 tekens.' }),
    description: optionalText({ max: 5000, tooLong: 'Het verhaal is te lang. Gebruik hoogstens 5000 tekens.' }),
    offers: optionalText({ max: 2000, tooLong: 'Maak de lijst korter (hoogstens 2000 tekens).' }),
    contactName: optionalText({ max: 120 }),
    contactRole: optionalText({ max: 120 }),
    photoAlt: optionalText({ max: 200, tooLong: 'Maak de beschrijving van de foto korter (hoogstens 200 tekens).' }),
    street: optionalText({ max: 120 }),
    houseNumber: optionalText({ max: 20 }),
    postcode: optionalText({ max: 10 })
      .transform((value) => (value === undefined ? undefined : normalizePostcode(value)))
      .refine((value) => value === undefined || isDutchPostcode(value), { error: POSTCODE_MESSAGE }),
    city: optionalText({ max: 80 }),
    email: optionalText({ max: 254 }).refine((value) => value === undefined || z.email().safeParse(value).success, {
      error: 'Vul een geldig e-mailadres in, bijvoorbeeld info@buurthuis.nl.',
    }),
    phone,
    website: optionalText({ max: 300 }).refine((value) => value === undefined || isHttpUrl(value), { error: URL_MESSAGE }),
    whatsapp: phone,
  })
  .extend(openingRows)
  .superRefine((values, ctx) => {
    const address = [values.street, values.houseNumber, values.postcode, values.city]
    if (address.some(Boolean)) {
      if (!values.street) ctx.addIssue({ code: 'custom', path: ['street'], message: 'Vul de straat in.' })
      if (!values.houseNumber) ctx.addIssue({ code: 'custom', path: ['houseNumber'], message: 'Vul het huisnummer in.' })
      if (!values.city) ctx.addIssue({ code: 'custom', path: ['city'], message: 'Vul de plaats in.' })
    }
    const rows = values as unknown as Record<string, string | undefined>
    for (let row = 0; row < OPENING_ROWS; row++) {
      if (rows[`days${row}`] && !rows[`hours${row}`])
        ctx.addIssue({ code: 'custom', path: [`hours${row}`], message: 'Vul de tijden in, bijvoorbeeld 09:00–17:00.' })
      if (!rows[`days${row}`] && rows[`hours${row}`])
        ctx.addIssue({ code: 'custom', path: [`days${row}`], message: 'Vul de dagen in, bijvoorbeeld ma t/m vr.' })
    }
  })

export type OrganisationInput = z.output<typeof organisationSchema>
