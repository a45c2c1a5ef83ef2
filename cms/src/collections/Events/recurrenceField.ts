import type { GroupField } from 'payload'

import { validateRecurrenceRule } from '@wijk/shared/recurrence'

export const recurrenceField = (): GroupField => ({
  name: 'recurrence',
  type: 'group',
  label: 'Herhaling',
  admin: {
    description: 'Voor activiteiten die steeds terugkomen, zoals een wekelijkse buurtmaaltijd. Laat leeg voor een eenmalige activiteit.',
  },
  fields: [
    {
      name: 'rule',
      type: 'text',
      label: 'Herhaalregel (RRULE)',
      admin: {
        placeholder: 'FREQ=WEEKLY;BYDAY=TU',
        description:
          'Elke dinsdag: FREQ=WEEKLY;BYDAY=TU · Om de week op woensdag: FREQ=WEEKLY;INTERVAL=2;BYDAY=WE · Elke eerste donderdag: FREQ=MONTHLY;BYDAY=1TH',
      },
      validate: (value: string | null | undefined) => (!value ? true : (validateRecurrenceRule(value) ?? true)),
    },
    {
      name: 'exceptions',
      type: 'array',
      label: 'Uitzonderingen (deze dagen gaat het niet door)',
      labels: { singular: 'Uitzondering', plural: 'Uitzonderingen' },
      fields: [{ name: 'date', type: 'date', label: 'Datum', required: true, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } } }],
    },
  ],
})
