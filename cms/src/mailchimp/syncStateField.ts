import type { Field } from 'payload'

export type SyncState = 'pending' | 'retrying' | 'synced' | 'failed' | 'not-connected'

export type SyncStateValue = { state?: SyncState | null; attempts?: number | null; lastError?: string | null; syncedAt?: string | null; result?: string | null }

/**
 * Where a document shows how its Mailchimp write went (read-only in the admin): a signup or an
 * organisation whose write is still queued reads "pending" or "retrying" with the last error.
 */
export const syncStateField = (): Field => ({
  name: 'mailchimpSync',
  type: 'group',
  label: 'Mailchimp',
  admin: { readOnly: true, description: 'Wordt bijgewerkt door de wachtrij "mailchimp": wachtend, opnieuw proberen, gelukt of mislukt.' },
  fields: [
    {
      name: 'state',
      type: 'select',
      label: 'Status',
      options: [
        { label: 'Wacht op verzending', value: 'pending' },
        { label: 'Mislukt, wordt opnieuw geprobeerd', value: 'retrying' },
        { label: 'Verwerkt in Mailchimp', value: 'synced' },
        { label: 'Mislukt (niet opnieuw)', value: 'failed' },
        { label: 'Mailchimp is niet gekoppeld', value: 'not-connected' },
      ],
    },
    { name: 'attempts', type: 'number', label: 'Pogingen' },
    { name: 'lastError', type: 'text', label: 'Laatste fout' },
    { name: 'syncedAt', type: 'date', label: 'Verwerkt op', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'result', type: 'text', label: 'Resultaat' },
  ],
})
