import type { Validate } from 'payload'

/** States in which a post is still the poster's own unfinished work (Mijn buurt keeps it while they type). */
const UNFINISHED = new Set(['draft', 'withdrawn', undefined, null])

type Rules = { required: string; maxLength?: number; options?: readonly string[] }

/**
 * A prikbord post may be stored half-written as a concept (Mijn buurt saves what a resident typed,
 * even with a field still empty or too long, so nothing is lost). From "submitted" on, every rule holds.
 * Replaces `required` and `maxLength` of the field, which would refuse such a concept.
 */
export const requiredOnceSubmitted =
  ({ required, maxLength, options }: Rules): Validate =>
  (value, { data }) => {
    if (UNFINISHED.has((data as { editorialStatus?: string } | undefined)?.editorialStatus)) return true
    const text = typeof value === 'string' ? value.trim() : value
    if (text === undefined || text === null || text === '') return required
    if (maxLength && typeof text === 'string' && text.length > maxLength) return `Gebruik hoogstens ${maxLength} tekens.`
    if (options && !options.includes(String(text))) return 'Kies een van de mogelijkheden.'
    return true
  }
