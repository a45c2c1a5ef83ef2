import type { GroupField } from 'payload'

import { isDutchPostcode, normalizePostcode, POSTCODE_MESSAGE } from '@wijk/shared/validation'

/** A Dutch street address. Optional as a whole, complete when any part is filled in. */
export const addressField = (name = 'address', label = 'Adres'): GroupField => ({
  name,
  type: 'group',
  label,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'street', type: 'text', label: 'Straat', admin: { width: '60%' } },
        { name: 'houseNumber', type: 'text', label: 'Huisnummer', admin: { width: '40%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'postcode',
          type: 'text',
          label: 'Postcode',
          admin: { width: '40%' },
          hooks: { beforeValidate: [({ value }) => (typeof value === 'string' && value ? normalizePostcode(value) : value)] },
          validate: (value: string | null | undefined) => (!value || isDutchPostcode(value) ? true : POSTCODE_MESSAGE),
        },
        { name: 'city', type: 'text', label: 'Plaats', admin: { width: '60%' } },
      ],
    },
  ],
})
