import type { CollectionConfig } from 'payload'

import { isEditor } from '../../access/isEditor'
import { canReadOrHandleRequest } from './access/requestAccess'
import { mailLogField } from '../../email/mailLogField'
import { isDutchPhone, PHONE_MESSAGE } from '@wijk/shared/validation'
import { hiddenFromWriters } from '../../access/hiddenFromWriters'

/**
 * Aanvragen: a resident wants to join an activity, volunteer, or proposes an idea.
 * Routed to the organisation; residents submit them through the public form (issue 6).
 */
export const Requests: CollectionConfig = {
  slug: 'requests',
  labels: { singular: 'Aanvraag', plural: 'Aanvragen' },
  admin: { hidden: hiddenFromWriters, useAsTitle: 'name', defaultColumns: ['kind', 'name', 'organisation', 'event', 'status', 'createdAt'], group: 'Netwerk' },
  access: { read: canReadOrHandleRequest, create: isEditor, update: canReadOrHandleRequest, delete: isEditor },
  fields: [
    {
      name: 'kind',
      type: 'select',
      label: 'Soort aanvraag',
      required: true,
      options: [
        { value: 'join', label: 'Ik wil meedoen' },
        { value: 'volunteer', label: 'Ik wil vrijwilliger worden' },
        { value: 'idea', label: 'Ik heb een idee voor de wijk' },
      ],
    },
    { name: 'name', type: 'text', label: 'Naam', required: true, maxLength: 120 },
    { name: 'email', type: 'email', label: 'E-mail', required: true },
    {
      name: 'phone',
      type: 'text',
      label: 'Telefoon',
      validate: (value: string | null | undefined) => (!value || isDutchPhone(value) ? true : PHONE_MESSAGE),
    },
    { name: 'message', type: 'textarea', label: 'Bericht', maxLength: 2000 },
    { name: 'organisation', type: 'relationship', relationTo: 'organisations', label: 'Voor organisatie' },
    { name: 'event', type: 'relationship', relationTo: 'events', label: 'Voor activiteit' },
    {
      name: 'status',
      type: 'select',
      label: 'Status',
      defaultValue: 'new',
      options: [
        { value: 'new', label: 'Nieuw' },
        { value: 'in-progress', label: 'In behandeling' },
        { value: 'done', label: 'Afgehandeld' },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'consentAt', type: 'date', label: 'Toestemming gegeven op', admin: { position: 'sidebar', readOnly: true } },
    { name: 'consentVersion', type: 'text', label: 'Tekst van de toestemming (versie)', admin: { position: 'sidebar', readOnly: true } },
    // Whether the organisation, the redactie and the resident got their mail (retried when SMTP fails).
    mailLogField(),
    // The outbox flag: set when the form stores the aanvraag, cleared once all its mails are queued
    // (requests/requestOutbox.ts); the job sweep finishes any a crash left set.
    {
      name: 'mailsWaiting',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { create: () => false, update: () => false },
      admin: { hidden: true },
    },
  ],
}
