import { z } from 'zod'

import { requiredCheckbox, text } from '../public/formFields'
import { REACTION_TOKEN } from './reactionToken'

/** The version of the consent wording on the site's "Reageer" form (sites/src/components/ReactionForm.astro). */
export const REACTION_CONSENT_VERSION = 'reactie-2026-12'

const REACTION_MESSAGE_MAX = 1000
export const ANSWER_MAX = 2000

const WIJK_MISSING = 'Het formulier mist de wijk. Verstuur het vanaf de website van de wijk.'
const POST_MISSING = 'Het formulier mist het prikbordbericht. Verstuur het vanaf het prikbord op de website van de wijk.'
export const LINK_DOES_NOT_WORK = 'Deze link werkt niet. Gebruik de link uit de laatste e-mail over deze reactie.'

/** What the "Reageer" form under a prikbord post sends. */
export const reactionSchema = z.object({
  post: z.string({ error: POST_MISSING }).regex(/^\d{1,12}$/, { error: POST_MISSING }),
  wijk: z.string({ error: WIJK_MISSING }).regex(/^[a-z0-9-]{1,64}$/, { error: WIJK_MISSING }),
  // The poster reads the name: an address in it would give away what the relay keeps hidden.
  name: text({ required: 'Vul je naam in.', max: 120, tooLong: 'Je naam is te lang (hoogstens 120 tekens).' }).refine((value) => !value.includes('@'), {
    error: 'Vul alleen je naam in, zonder e-mailadres.',
  }),
  email: z
    .string({ error: 'Vul je e-mailadres in.' })
    .trim()
    .min(1, { error: 'Vul je e-mailadres in.' })
    .max(254, { error: 'Dit e-mailadres is te lang.' })
    .pipe(z.email({ error: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.' }))
    .transform((value) => value.toLowerCase()),
  message: text({
    required: 'Schrijf kort wat je wilt zeggen.',
    max: REACTION_MESSAGE_MAX,
    tooLong: `Je bericht is te lang. Gebruik hoogstens ${REACTION_MESSAGE_MAX} tekens.`,
  }),
  consent: requiredCheckbox('Zet een vinkje bij de toestemming. Zonder toestemming kunnen we je reactie niet doorsturen.'),
})

export type ReactionInput = z.output<typeof reactionSchema>

/** The reaction and the secret of the link, as hidden fields of the answer page's forms. */
const linkFields = {
  reaction: z.string({ error: LINK_DOES_NOT_WORK }).regex(/^\d{1,12}$/, { error: LINK_DOES_NOT_WORK }),
  token: z.string({ error: LINK_DOES_NOT_WORK }).regex(REACTION_TOKEN, { error: LINK_DOES_NOT_WORK }),
}

/** The poster's answer (the form on the answer page). */
export const answerSchema = z.object({
  ...linkFields,
  answer: text({ required: 'Schrijf je antwoord.', max: ANSWER_MAX, tooLong: `Je antwoord is te lang. Gebruik hoogstens ${ANSWER_MAX} tekens.` }),
})

/** "Sluit mijn oproep" on the answer page. */
export const closeSchema = z.object(linkFields)
