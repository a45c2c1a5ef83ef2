import { z } from 'zod'
import { NEWSLETTER_INTERESTS } from '@wijk/shared/newsletterInterests'

import { optionalText, requiredCheckbox } from '../public/formFields'

/** A ticked checkbox sends "on"; anything else (or nothing) is "not ticked". */
const checkbox = z.preprocess((value) => value === true || value === 'on' || value === 'true' || value === '1' || value === 'ja', z.boolean())

const interestFields = Object.fromEntries(NEWSLETTER_INTERESTS.map(({ value }) => [value, checkbox])) as Record<
  (typeof NEWSLETTER_INTERESTS)[number]['value'],
  typeof checkbox
>

/** What the newsletter forms (footer and /nieuwsbrief/) send; each interest is its own checkbox. */
export const newsletterSchema = z.object({
  email: z
    .string({ error: 'Vul je e-mailadres in.' })
    .trim()
    .min(1, { error: 'Vul je e-mailadres in.' })
    .max(254, { error: 'Dit e-mailadres is te lang.' })
    .pipe(z.email({ error: 'Dit e-mailadres klopt niet. Vul een geldig adres in, bijvoorbeeld naam@voorbeeld.nl.' })),
  name: optionalText({ max: 120, tooLong: 'Je naam is te lang (hoogstens 120 tekens).' }),
  ...interestFields,
  wijk: z.string({ error: 'Het formulier mist de wijk. Verstuur het vanaf de website van de wijk.' }).regex(/^[a-z0-9-]{1,64}$/, {
    error: 'Het formulier mist de wijk. Verstuur het vanaf de website van de wijk.',
  }),
  /** The page the form was on (a hidden field); stored with the consent. */
  source: optionalText({ max: 500 }).refine((value) => value === undefined || /^(https?:\/\/|\/)/.test(value), {
    error: 'De pagina van het formulier klopt niet.',
  }),
  consent: requiredCheckbox('Zet een vinkje bij de toestemming. Zonder toestemming kunnen we je de nieuwsbrief niet sturen.'),
})

export type NewsletterInput = z.output<typeof newsletterSchema>
