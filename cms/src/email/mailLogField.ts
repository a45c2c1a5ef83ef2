import type { Field } from 'payload'

import { statusLogField } from '../fields/statusLogField'

/**
 * Per recipient of a document's mails: waiting, sent, or failed with the last error. Written by the
 * mail task only, so an editor sees in the admin whether the organisation and the resident got it.
 */
export const mailLogField = (): Field =>
  statusLogField({
    name: 'mailLog',
    label: 'E-mails',
    description: 'Wordt automatisch bijgehouden. Mislukte e-mails worden opnieuw geprobeerd.',
    perRow: {
      labels: { singular: 'E-mail', plural: 'E-mails' },
      fields: [
        { name: 'key', type: 'text', admin: { hidden: true } },
        { name: 'to', type: 'text', label: 'Aan' },
        { name: 'purpose', type: 'text', label: 'Waarvoor' },
      ],
    },
    state: {
      label: 'Stand',
      options: [
        { value: 'pending', label: 'In de wachtrij' },
        { value: 'sent', label: 'Verstuurd' },
        { value: 'retrying', label: 'Mislukt, wordt opnieuw geprobeerd' },
        { value: 'failed', label: 'Mislukt, opgegeven' },
      ],
    },
    doneAt: { name: 'sentAt', label: 'Verstuurd op' },
    access: { create: () => false, update: () => false },
  })

export type MailLogRow = {
  key: string
  to: string
  purpose: string
  state: 'pending' | 'sent' | 'retrying' | 'failed'
  attempts?: number | null
  lastError?: string | null
  sentAt?: string | null
}
