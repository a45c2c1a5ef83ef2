import type { TextField } from 'payload'

import { isHttpUrl, URL_MESSAGE } from '@wijk/shared/validation'

export const urlField = (name: string, label: string): TextField => ({
  name,
  type: 'text',
  label,
  admin: { placeholder: 'https://' },
  validate: (value: string | null | undefined) => (!value || isHttpUrl(value) ? true : URL_MESSAGE),
})
