import type { Field } from 'payload'

/** The review fields are written by hooks only (cms/src/redactie/stampReview.ts); nobody types them. */
const byHooksOnly = { create: () => false, update: () => false }

const reviewDate = (name: 'submittedAt' | 'decidedAt', label: string, description: string): Field => ({
  name,
  type: 'date',
  label,
  index: true,
  access: byHooksOnly,
  admin: { position: 'sidebar', readOnly: true, description, date: { pickerAppearance: 'dayAndTime' } },
})

/**
 * When something was handed to the redactie and when the redactie decided on it: the redactie's
 * queue ("Wachtrij"), its mails and the dashboard's counts read these. Read-only in the admin.
 * `submittedBy` (events and organisations, which have no author field) is who asked for the review,
 * so the redactie's decision can be mailed to them.
 */
export const reviewFields = ({ submittedBy = false }: { submittedBy?: boolean } = {}): Field[] => [
  reviewDate('submittedAt', 'Ingediend op', 'Wanneer dit bij de redactie is ingediend. Leeg: wacht niet op de redactie.'),
  reviewDate('decidedAt', 'Besluit redactie op', 'Wanneer de redactie voor het laatst besliste.'),
  ...(submittedBy
    ? [
        {
          name: 'submittedBy',
          type: 'relationship',
          relationTo: 'users',
          label: 'Ingediend door',
          access: byHooksOnly,
          admin: { position: 'sidebar', readOnly: true },
        } satisfies Field,
      ]
    : []),
]
