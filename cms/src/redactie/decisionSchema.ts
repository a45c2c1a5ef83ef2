import { z } from 'zod'

import { optionalText } from '../public/formFields'
import { REVIEW_COLLECTIONS } from './reviewKinds'

export const QUEUE_DECISIONS = ['approve', 'changes', 'reject'] as const
export type QueueDecision = (typeof QUEUE_DECISIONS)[number]

const NEEDS_MESSAGE: Partial<Record<QueueDecision, string>> = {
  changes: 'Schrijf kort wat er aangepast moet worden. Dat lezen ze in de e-mail.',
  reject: 'Schrijf kort waarom het niet geplaatst wordt. Dat lezen ze in de e-mail.',
}

/** What a Wachtrij form (or a script with JSON) sends to POST /api/redactie/besluit. */
export const decisionSchema = z
  .object({
    collection: z.enum(REVIEW_COLLECTIONS, { error: 'Dit soort stuk kent de wachtrij niet.' }),
    // A SQLite id (digits) or a MongoDB ObjectId (hex).
    id: z
      .union([z.number().int().positive(), z.string().trim()], { error: 'Welk stuk bedoel je? Open de wachtrij opnieuw.' })
      .transform(String)
      .pipe(z.string().regex(/^(\d{1,15}|[a-f0-9]{24})$/i, { error: 'Welk stuk bedoel je? Open de wachtrij opnieuw.' }))
      .transform((id) => (/^\d+$/.test(id) ? Number(id) : id)),
    decision: z.enum(QUEUE_DECISIONS, { error: 'Kies plaatsen, om een aanpassing vragen of afwijzen.' }),
    message: optionalText({ max: 2000, tooLong: 'Je opmerking is te lang. Gebruik hoogstens 2000 tekens.' }),
  })
  .superRefine((value, context) => {
    const needs = NEEDS_MESSAGE[value.decision]
    if (needs && !value.message) context.addIssue({ code: 'custom', path: ['message'], message: needs })
  })

export type DecisionInput = z.output<typeof decisionSchema>
