import { z } from 'zod'

/** The password a resident chooses (on the confirmation page), with what to do when it is not right. */
export const passwordField = z
  .string({ error: 'Kies een wachtwoord.' })
  .min(10, 'Kies een wachtwoord van minstens 10 tekens.')
  .max(200, 'Je wachtwoord is te lang. Gebruik hooguit 200 tekens.')

/** Payload's tokens are 20 random bytes in hex; anything else is not worth a database query. */
export const VERIFICATION_TOKEN = /^[a-f0-9]{20,128}$/
