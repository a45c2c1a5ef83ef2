import type { Field } from 'payload'

/** Dutch labels (and, where it helps, descriptions) for the fields of Payload's jobs collection. */
const DUTCH: Record<string, { label: string; description?: string }> = {
  input: { label: 'Gegevens', description: 'Wat de taak moet doen.' },
  completedAt: { label: 'Klaar op' },
  totalTried: { label: 'Pogingen' },
  hasError: { label: 'Mislukt', description: 'Mislukt: wordt niet meer opnieuw geprobeerd.' },
  error: { label: 'Fout' },
  log: { label: 'Verloop' },
  taskSlug: { label: 'Taak' },
  queue: { label: 'Wachtrij', description: 'build-webhooks (website bouwen), mail of mailchimp.' },
  waitUntil: { label: 'Volgende poging', description: 'Eerder lukte het niet; dan wordt het opnieuw geprobeerd.' },
  processing: { label: 'Bezig' },
  executedAt: { label: 'Uitgevoerd op' },
  output: { label: 'Resultaat' },
  state: { label: 'Status' },
}

/** The jobs collection's own fields (top level and in its tabs) with Dutch labels; nothing else changes. */
export const dutchJobFields = (fields: Field[]): Field[] =>
  fields.map((field) => {
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: dutchJobFields(tab.fields) })) }
    const dutch = 'name' in field ? DUTCH[field.name] : undefined
    if (!dutch || field.type === 'ui') return field
    return {
      ...field,
      label: dutch.label,
      admin: { ...field.admin, ...(dutch.description ? { description: dutch.description } : {}) },
    } as Field
  })
