import { z } from 'zod'

const text = (max: number, tooLong: string, missing = tooLong) => z.string({ error: missing }).trim().max(max, tooLong)

/** A form sends "on" for a ticked box; JSON may send true. */
const ticked = z.union([z.literal(true), z.literal('on'), z.literal('true'), z.literal('ja')], {
  error: 'Zet een vinkje bij de privacyverklaring. Anders kunnen we geen account voor je maken.',
})

/**
 * POST /api/account/registreren. Every message is what a resident reads on the page, so it says
 * what to do. Partners name an existing organisation (id or slug) or a new one, not both. No
 * password: the owner of the address chooses it on the confirmation page (confirmationSchema).
 */
export const registrationSchema = z
  .object({
    name: text(120, 'Je naam is te lang. Gebruik hooguit 120 tekens.', 'Vul je naam in.').min(1, 'Vul je naam in.'),
    email: z
      .string({ error: 'Vul je e-mailadres in.' })
      .trim()
      .toLowerCase()
      .max(254, 'Dit e-mailadres is te lang.')
      .pipe(z.email({ error: 'Vul een goed e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.' })),
    wijk: z
      .string({ error: 'Kies je wijk.' })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+){0,10}$/, 'Kies je wijk.')
      .max(64, 'Kies je wijk.'),
    role: z.enum(['resident', 'partner'], { error: 'Kies of je een bewoner bent of een organisatie.' }),
    organisation: text(64, 'Kies een organisatie uit de lijst.').optional(),
    newOrganisation: text(120, 'De naam van je organisatie is te lang. Gebruik hooguit 120 tekens.').optional(),
    consent: ticked,
  })
  .superRefine((value, ctx) => {
    if (value.role !== 'partner') return
    const existing = Boolean(value.organisation)
    const proposed = Boolean(value.newOrganisation)
    if (existing === proposed) {
      ctx.addIssue({
        code: 'custom',
        path: ['organisation'],
        message: existing
          ? 'Kies een organisatie uit de lijst óf vul de naam van een nieuwe organisatie in, niet allebei.'
          : 'Kies je organisatie uit de lijst. Staat hij er niet bij? Vul dan de naam in.',
      })
    }
    if (proposed && value.newOrganisation!.length < 2) {
      ctx.addIssue({ code: 'custom', path: ['newOrganisation'], message: 'Vul de naam van je organisatie in.' })
    }
  })

export type Registration = z.infer<typeof registrationSchema>
