import type { Field } from 'payload'

import { statusLogField } from '../fields/statusLogField'

type SyncState = 'pending' | 'retrying' | 'synced' | 'failed' | 'not-connected'

export type SyncStateValue = { state?: SyncState | null; attempts?: number | null; lastError?: string | null; syncedAt?: string | null; result?: string | null }

/**
 * Where a document shows how its Mailchimp write went (read-only in the admin): a signup or an
 * organisation whose write is still queued reads "pending" or "retrying" with the last error.
 */
export const syncStateField = (): Field =>
  statusLogField({
    name: 'mailchimpSync',
    label: 'Mailchimp',
    description: 'Wordt bijgewerkt door de wachtrij "mailchimp": wachtend, opnieuw proberen, gelukt of mislukt.',
    state: {
      label: 'Status',
      options: [
        { label: 'Wacht op verzending', value: 'pending' },
        { label: 'Mislukt, wordt opnieuw geprobeerd', value: 'retrying' },
        { label: 'Verwerkt in Mailchimp', value: 'synced' },
        { label: 'Mislukt (niet opnieuw)', value: 'failed' },
        { label: 'Mailchimp is niet gekoppeld', value: 'not-connected' },
      ],
    },
    doneAt: { name: 'syncedAt', label: 'Verwerkt op' },
    after: [{ name: 'result', type: 'text', label: 'Resultaat' }],
  })
