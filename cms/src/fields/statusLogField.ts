import type { Field, FieldAccess } from 'payload'

export type StatusLogOptions = {
  /** The field's name; its database column (or table) follows from it, so keep it once there is data. */
  name: string
  label: string
  description: string
  /** The states the queue's task writes, with their Dutch labels. */
  state: { label: string; options: readonly { value: string; label: string }[] }
  /** When the work succeeded: `sentAt`, `syncedAt`. */
  doneAt: { name: string; label: string }
  /**
   * One row per recipient: an array whose rows start with these fields (whose row it is). Without
   * it, one status for the whole document: a group.
   */
  perRow?: { labels: { singular: string; plural: string }; fields: Field[] }
  /** Fields after the status (Mailchimp's `result`). */
  after?: Field[]
  /** Field access; the task itself writes with overrideAccess. */
  access?: { create?: FieldAccess; read?: FieldAccess; update?: FieldAccess }
}

/**
 * Where a document shows how a queued job's work on it went, read-only in the admin: its state,
 * the number of attempts, the last error and when it succeeded. Written only by the job's task
 * (a mail per recipient: email/mailLogField.ts; a Mailchimp write: mailchimp/syncStateField.ts),
 * so an editor sees what is still waiting, being retried or given up.
 */
export const statusLogField = ({ name, label, description, state, doneAt, perRow, after = [], access }: StatusLogOptions): Field => {
  const fields: Field[] = [
    ...(perRow?.fields ?? []),
    { name: 'state', type: 'select', label: state.label, options: state.options.map(({ value, label }) => ({ value, label })) },
    { name: 'attempts', type: 'number', label: 'Pogingen' },
    { name: 'lastError', type: 'text', label: 'Laatste fout' },
    { name: doneAt.name, type: 'date', label: doneAt.label, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    ...after,
  ]
  const admin = { readOnly: true, description }
  const common = { name, label, admin, fields, ...(access ? { access } : {}) }
  return perRow ? { ...common, type: 'array', labels: perRow.labels } : { ...common, type: 'group' }
}
