import type { CollectionConfig } from 'payload'

import { isAdminField } from '../../access/isAdmin'
import { isEditor, isEditorField } from '../../access/isEditor'
import { ROLE_LABELS, ROLES } from '../../access/roles'
import { canDeleteUser, canReadUser, canUpdateUser } from './access/userAccess'
import { authEmails } from '../../accounts/authEmails'
import { forgetFailedLogins, throttleLogin } from './loginThrottle'
import { restrictEditorGrants } from './restrictEditorGrants'
import { submissionMailFields } from '../../redactie/submissionMailField'

/** Accounts: platform admins, the redactie per wijk, resident writers and partner organisations. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Gebruiker', plural: 'Gebruikers' },
  // Residents and partners register themselves, so an account works only once its e-mail is confirmed.
  // Never locked (0 turns Payload's lock-out off): failed logins are throttled per address and client.
  auth: {
    maxLoginAttempts: 0,
    verify: authEmails.verify,
    forgotPassword: authEmails.forgotPassword,
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role'], group: 'Platform' },
  access: { read: canReadUser, create: isEditor, update: canUpdateUser, delete: canDeleteUser },
  hooks: { beforeOperation: [throttleLogin], beforeChange: [restrictEditorGrants], afterLogin: [forgetFailedLogins] },
  fields: [
    { name: 'name', type: 'text', label: 'Naam', required: true },
    {
      name: 'role',
      type: 'select',
      label: 'Rol',
      required: true,
      defaultValue: 'writer',
      saveToJWT: true,
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      access: { create: isEditorField, update: isAdminField },
    },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      label: 'Beheert organisatie (alleen voor partners)',
      saveToJWT: true,
      access: { create: isEditorField, update: isEditorField },
      admin: { condition: (data) => data?.role === 'partner' },
    },
    {
      name: 'consentAt',
      type: 'date',
      label: 'Toestemming privacy gegeven op',
      access: { create: isEditorField, update: () => false },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    ...submissionMailFields(),
  ],
}
