import type { CollectionConfig } from 'payload'

import { isAuthenticated } from '../../access/isAuthenticated'
import { isEditor } from '../../access/isEditor'
import { canUpdateOrganisation } from './access/organisationAccess'
import { isPublishingAttempt } from '../../access/publishesOnlyAsEditor'
import { addressField } from '../../fields/addressFields'
import { geoField } from '../../fields/geoField'
import { slugField } from '../../fields/slugField'
import { saveAsDraftForContributors } from '../../hooks/saveAsDraftForContributors'
import { contactFields } from './contactFields'
import { geocodeAddress } from './hooks/geocodeAddress'
import { rememberNetworkContact } from './hooks/rememberNetworkContact'
import { syncNetworkOnChange } from './hooks/syncNetworkOnChange'
import { syncNetworkOnDelete } from './hooks/syncNetworkOnDelete'
import { hiddenFromWriters } from '../../access/hiddenFromWriters'
import { reviewFields } from '../../fields/reviewFields'
import { notifyRedactie } from '../../redactie/notifyRedactie'
import { stampDraftReview } from '../../redactie/stampReview'

/** The network directory: every organisation and initiative, by name and face. */
export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: { singular: 'Organisatie', plural: 'Organisaties' },
  admin: { hidden: hiddenFromWriters, useAsTitle: 'name', defaultColumns: ['name', 'kind', 'themes', '_status'], group: 'Netwerk' },
  versions: { drafts: true, maxPerDoc: 25 },
  access: {
    read: isAuthenticated,
    create: (args) => Boolean(isEditor(args)) && !isPublishingAttempt(args),
    update: canUpdateOrganisation,
    delete: isEditor,
  },
  hooks: {
    beforeOperation: [saveAsDraftForContributors],
    // The network audience in Mailchimp follows the published contact address (mailchimp/network).
    beforeChange: [geocodeAddress, rememberNetworkContact, stampDraftReview],
    afterChange: [syncNetworkOnChange, notifyRedactie('organisations')],
    afterDelete: [syncNetworkOnDelete],
  },
  fields: [
    { name: 'name', type: 'text', label: 'Naam', required: true },
    slugField('organisations', 'name'),
    {
      name: 'kind',
      type: 'select',
      label: 'Soort',
      required: true,
      defaultValue: 'organisatie',
      options: [
        { value: 'organisatie', label: 'Organisatie' },
        { value: 'initiatief', label: 'Bewonersinitiatief' },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'themes', type: 'relationship', relationTo: 'themes', hasMany: true, label: "Thema's", admin: { position: 'sidebar' } },
    { name: 'summary', type: 'textarea', label: 'In één zin', required: true, maxLength: 200 },
    { name: 'description', type: 'richText', label: 'Over ons' },
    { name: 'offers', type: 'array', label: 'Wat bieden wij', fields: [{ name: 'text', type: 'text', label: 'Aanbod', required: true }] },
    { name: 'logo', type: 'upload', relationTo: 'media', label: 'Logo' },
    {
      name: 'contactPerson',
      type: 'group',
      label: 'Contactpersoon (het gezicht van de organisatie)',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: 'Naam' },
            { name: 'role', type: 'text', label: 'Functie' },
          ],
        },
        { name: 'photo', type: 'upload', relationTo: 'media', label: 'Foto' },
      ],
    },
    addressField(),
    geoField(),
    contactFields(),
    {
      name: 'openingHours',
      type: 'array',
      label: 'Openingstijden',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'days', type: 'text', label: 'Dagen', required: true, admin: { placeholder: 'ma t/m vr' } },
            { name: 'hours', type: 'text', label: 'Tijden', required: true, admin: { placeholder: '09:00–17:00' } },
          ],
        },
      ],
    },
    ...reviewFields({ submittedBy: true }),
  ],
}
