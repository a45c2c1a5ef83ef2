import type { GroupField, TextField } from 'payload'

import { isDutchPhone, PHONE_MESSAGE } from '@wijk/shared/validation'

import { urlField } from '../../fields/urlField'

const phone = (name: string, label: string): TextField => ({
  name,
  type: 'text',
  label,
  validate: (value: string | null | undefined) => (!value || isDutchPhone(value) ? true : PHONE_MESSAGE),
})

export const contactFields = (): GroupField => ({
  name: 'contact',
  type: 'group',
  label: 'Contact',
  fields: [
    { type: 'row', fields: [{ name: 'email', type: 'email', label: 'E-mail' }, phone('phone', 'Telefoon')] },
    { type: 'row', fields: [urlField('website', 'Website'), phone('whatsapp', 'WhatsApp')] },
  ],
})
