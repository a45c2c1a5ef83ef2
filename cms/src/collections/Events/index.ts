import type { CollectionConfig } from 'payload'

import { canCreateEvent, canDeleteEvent, canReadEvent, canUpdateEvent } from './access/eventAccess'
import { addressField } from '../../fields/addressFields'
import { geoField } from '../../fields/geoField'
import { slugField } from '../../fields/slugField'
import { urlField } from '../../fields/urlField'
import { saveAsDraftForContributors } from '../../hooks/saveAsDraftForContributors'
import { EVENT_CATEGORIES } from './categories'
import { defaultEndTime } from './defaultEndTime'
import { geocodePlace } from './hooks/geocodePlace'
import { proposedByField, recordProposer } from './proposedByField'
import { recurrenceField } from './recurrenceField'
import { validateEndAfterStart } from './validateEnd'
import { hiddenFromWriters } from '../../access/hiddenFromWriters'
import { reviewFields } from '../../fields/reviewFields'
import { notifyRedactie } from '../../redactie/notifyRedactie'
import { stampDraftReview } from '../../redactie/stampReview'

const DATE_TIME = { pickerAppearance: 'dayAndTime' as const, timeIntervals: 15, timeFormat: 'HH:mm', displayFormat: 'd MMMM yyyy, HH:mm' }
const AMSTERDAM = { defaultTimezone: 'Europe/Amsterdam', supportedTimezones: [{ label: 'Amsterdam', value: 'Europe/Amsterdam' }] }

/** The wijk agenda: one-off and recurring activities, in Europe/Amsterdam time. */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: 'Activiteit', plural: 'Activiteiten' },
  admin: { hidden: hiddenFromWriters, useAsTitle: 'title', defaultColumns: ['title', 'startsAt', 'category', 'organisation', '_status'], group: 'Agenda' },
  versions: { drafts: true, maxPerDoc: 25 },
  access: { read: canReadEvent, create: canCreateEvent, update: canUpdateEvent, delete: canDeleteEvent },
  hooks: {
    beforeOperation: [saveAsDraftForContributors],
    beforeValidate: [defaultEndTime],
    beforeChange: [recordProposer, geocodePlace, stampDraftReview],
    afterChange: [notifyRedactie('events')],
  },
  fields: [
    { name: 'title', type: 'text', label: 'Titel', required: true },
    slugField('events', 'title'),
    { name: 'category', type: 'select', label: 'Soort activiteit', required: true, options: [...EVENT_CATEGORIES], admin: { position: 'sidebar' } },
    { name: 'themes', type: 'relationship', relationTo: 'themes', hasMany: true, label: "Thema's", admin: { position: 'sidebar' } },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      label: 'Georganiseerd door',
      admin: { position: 'sidebar' },
    },
    proposedByField,
    { name: 'summary', type: 'textarea', label: 'In één zin', required: true, maxLength: 200 },
    { name: 'description', type: 'richText', label: 'Beschrijving' },
    { name: 'image', type: 'upload', relationTo: 'media', label: 'Foto' },
    {
      type: 'row',
      fields: [
        { name: 'startsAt', type: 'date', label: 'Begint', required: true, timezone: AMSTERDAM, admin: { date: DATE_TIME } },
        { name: 'endsAt', type: 'date', label: 'Eindigt', timezone: AMSTERDAM, validate: validateEndAfterStart, admin: { date: DATE_TIME } },
      ],
    },
    recurrenceField(),
    {
      name: 'place',
      type: 'group',
      label: 'Waar',
      admin: { description: 'Laat leeg als de activiteit bij de organisatie zelf is.' },
      fields: [{ name: 'name', type: 'text', label: 'Naam van de plek' }, addressField(), geoField()],
    },
    {
      type: 'row',
      fields: [
        { name: 'priceCents', type: 'number', label: 'Prijs in centen (0 = gratis)', min: 0, max: 100_000, admin: { step: 50 } },
        { name: 'priceNote', type: 'text', label: 'Toelichting prijs', admin: { placeholder: 'kinderen gratis' } },
      ],
    },
    urlField('onlineUrl', 'Online meedoen (link)'),
    { name: 'howToJoin', type: 'textarea', label: 'Hoe doe je mee?', maxLength: 400 },
    {
      name: 'status',
      type: 'select',
      label: 'Gaat het door?',
      defaultValue: 'scheduled',
      options: [
        { value: 'scheduled', label: 'Gaat door' },
        { value: 'cancelled', label: 'Gaat niet door' },
      ],
      admin: { position: 'sidebar' },
    },
    ...reviewFields({ submittedBy: true }),
  ],
}
