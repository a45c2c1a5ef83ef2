import type { z } from 'zod'

/**
 * Dutch words for whatever a schema did not word itself. Schemas give their own message where a
 * resident needs to know what to do ("Vul je naam in."); this covers the rest.
 */
export const dutchFallback = (issue: { code?: string; input?: unknown }): string => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null || issue.input === '' ? 'Dit veld is verplicht.' : 'Dit veld is niet goed ingevuld.'
    case 'too_big':
      return 'Dit is te lang. Maak het korter.'
    case 'too_small':
      return 'Dit is te kort of leeg.'
    case 'invalid_value':
      return 'Kies een van de mogelijkheden.'
    case 'invalid_format':
      return 'Dit klopt niet. Kijk het nog eens na.'
    default:
      return 'Dit veld is niet goed ingevuld.'
  }
}

/** One message per field (the first problem), keyed by the field's path; `_form` for the whole form. */
export const fieldErrors = (error: z.ZodError): Record<string, string> => {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : '_form'
    errors[key] ??= issue.message
  }
  return errors
}
