import { z } from 'zod'

import { passwordField, VERIFICATION_TOKEN } from './passwordField'

export const LINK_DOES_NOT_WORK = 'Deze link werkt niet (meer). Misschien heb je je account al bevestigd. Probeer dan in te loggen.'

/** POST /api/account/bevestigen: the form on the page the mail's link opens (the token is a hidden field). */
export const confirmationSchema = z.object({
  token: z.string({ error: LINK_DOES_NOT_WORK }).regex(VERIFICATION_TOKEN, LINK_DOES_NOT_WORK),
  password: passwordField,
})
