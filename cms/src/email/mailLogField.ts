import type { Field } from 'payload'

/**
 * Per recipient of a document's mails: waiting, sent, or failed with the last error. Written by the
 * mail task only, so an editor sees in the admin whether the organisation and the resident got it.
 */
export const mailLogField = (): Field => ({
  name: 'mailLog',
  type: 'array',
  label: 'E-mails',
  labels: { singular: 'E-mail', plural: 'E-mails' },
  access: { create: () => false, update: () => false },
  admin: { readOnly: true, description: 'Wordt automatisch bijgehouden. Mislukte e-mails worden opnieuw geprobeerd.' },
  fields: [
    { name: 'key', type: 'text', admin: { hidden: true } },
    { name: 'to', type: 'text', label: 'Aan' },
    { name: 'purpose', type: 'text', label: 'Waarvoor' },
    {
      name: 'state',
      type: 'select',
      label: 'Stand',
      options: [
        { value: 'pending', label: 'In de wachtrij' },
        { value: 'sent', label: 'Verstuurd' },
        { value: 'retrying', label: 'Mislukt, wordt opnieuw geprobeerd' },
        { value: 'failed', label: 'Mislukt, opgegeven' },
      ],
    },
    { name: 'attempts', type: 'number', label: 'Pogingen' },
    { name: 'lastError', type: 'text', label: 'Laatste fout' },
    { name: 'sentAt', type: 'date', label: 'Verstuurd op', admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
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
