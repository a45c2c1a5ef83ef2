import { z } from 'zod'

import { text } from '../../public/formFields'

/** An e-mail address as typed (trimmed, lower case), with Dutch words for each problem. */
const emailField = () =>
  text({ required: 'Vul je e-mailadres in.', max: 254, tooLong: 'Dit e-mailadres is te lang.' })
    .toLowerCase()
    .pipe(z.email({ error: 'Dit is geen e-mailadres. Het ziet eruit als naam@voorbeeld.nl.' }))

export const passwordSignInSchema = z.object({
  email: emailField(),
  password: z.string({ error: 'Vul je wachtwoord in.' }).min(1, { error: 'Vul je wachtwoord in.' }).max(200, { error: 'Dit wachtwoord is te lang.' }),
})

export const linkRequestSchema = z.object({ email: emailField() })
