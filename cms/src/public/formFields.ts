import { z } from 'zod'

/**
 * Field schemas that accept what a plain HTML form sends (strings only, empty for "not filled in")
 * as well as JSON.
 */

/** Trimmed text; `required` is the Dutch message for an empty field. */
export const text = ({ required, max, tooLong }: { required: string; max: number; tooLong?: string }) =>
  z
    .string({ error: required })
    .trim()
    .min(1, { error: required })
    .max(max, { error: tooLong ?? `Gebruik hoogstens ${max} tekens.` })

/** Empty string, null or missing become undefined. */
export const optionalText = ({ max, tooLong }: { max: number; tooLong?: string }) =>
  z.preprocess(
    (value) => (value === null || value === '' || (typeof value === 'string' && value.trim() === '') ? undefined : value),
    z
      .string({ error: 'Dit veld is niet goed ingevuld.' })
      .trim()
      .max(max, { error: tooLong ?? `Gebruik hoogstens ${max} tekens.` })
      .optional(),
  )

/** A checkbox: a form sends "on" (or the value attribute) when ticked and nothing otherwise. */
export const requiredCheckbox = (message: string) =>
  z.preprocess((value) => value === true || value === 'on' || value === 'true' || value === '1' || value === 'ja', z.literal(true, { error: message }))
