import { z } from 'zod'

/**
 * A field of a concept: anything a person may type is kept (even empty or longer than allowed), so a
 * failed check never loses their words; only bodies no person types (far beyond the limit, not text)
 * are refused. `limit` is the field's real limit; a concept may hold up to four times that.
 */
export const draftText = (limit: number) =>
  z.preprocess(
    (value) => (value === undefined || value === null ? '' : value),
    z
      .string({ error: 'Dit veld is niet goed ingevuld.' })
      .max(limit * 4, { error: `Dit is veel te lang. Gebruik hoogstens ${limit} tekens.` })
      .transform((value) => value.replace(/\r\n?/g, '\n').trim()),
  )
