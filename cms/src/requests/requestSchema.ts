import { z } from 'zod'

import { isDutchPhone, PHONE_MESSAGE } from '@wijk/shared/validation'

import { optionalText, requiredCheckbox, text } from '../public/formFields'

const KINDS = ['join', 'volunteer', 'idea'] as const

/** An organisation or event: its id or its slug within the wijk. */
const reference = optionalText({ max: 120 }).refine((value) => value === undefined || /^[a-z0-9-]+$/i.test(value), {
  error: 'Deze activiteit of organisatie kennen we niet.',
})

/** What the "Doe mee", "Word vrijwilliger" and "Idee voor de wijk" forms send. */
export const requestSchema = z.object({
  kind: z.enum(KINDS, { error: 'Kies wat je wilt: meedoen, vrijwilliger worden of een idee delen.' }),
  name: text({ required: 'Vul je naam in.', max: 120, tooLong: 'Je naam is te lang (hoogstens 120 tekens).' }),
  email: z
    .string({ error: 'Vul je e-mailadres in.' })
    .trim()
    .min(1, { error: 'Vul je e-mailadres in.' })
    .max(254, { error: 'Dit e-mailadres is te lang.' })
    .pipe(z.email({ error: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.' })),
  phone: optionalText({ max: 30 }).refine((value) => value === undefined || isDutchPhone(value), { error: PHONE_MESSAGE }),
  message: text({ required: 'Schrijf kort wat je wilt vragen of vertellen.', max: 2000, tooLong: 'Je bericht is te lang. Gebruik hoogstens 2000 tekens.' }),
  organisation: reference,
  event: reference,
  wijk: z.string({ error: 'Het formulier mist de wijk. Verstuur het vanaf de website van de wijk.' }).regex(/^[a-z0-9-]{1,64}$/, {
    error: 'Het formulier mist de wijk. Verstuur het vanaf de website van de wijk.',
  }),
  consent: requiredCheckbox('Zet een vinkje bij de toestemming. Zonder toestemming kunnen we je aanvraag niet doorsturen.'),
})

export type RequestInput = z.output<typeof requestSchema>
