import type { CollectionConfig } from 'payload'

import { isAuthenticated } from '../../access/isAuthenticated'
import { canChangeOwnResidentContent, canReadResidentContent } from '../../access/residentContentAccess'
import { applyEditorialStatus } from '../../editorial/applyEditorialStatus'
import { setAuthor } from '../../editorial/setAuthor'
import { editorialFields } from '../../fields/editorialFields'
import { defaultExpiry } from './defaultExpiry'

/** Prikbord: a resident's request ("vraag") or offer ("aanbod"), moderated by the redactie. */
export const Posts: CollectionConfig = {
  slug: 'posts',
  labels: { singular: 'Prikbordbericht', plural: 'Prikbord' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'kind', 'editorialStatus', 'expiresAt'], group: 'Buurtkrant en prikbord' },
  access: {
    read: canReadResidentContent,
    create: isAuthenticated,
    update: canChangeOwnResidentContent,
    delete: canChangeOwnResidentContent,
  },
  hooks: { beforeValidate: [defaultExpiry], beforeChange: [setAuthor, applyEditorialStatus] },
  fields: [
    {
      name: 'kind',
      type: 'radio',
      label: 'Soort',
      required: true,
      options: [
        { value: 'vraag', label: 'Vraag: ik zoek iets of iemand' },
        { value: 'aanbod', label: 'Aanbod: ik bied iets aan' },
      ],
    },
    { name: 'title', type: 'text', label: 'Titel', required: true, maxLength: 100 },
    { name: 'body', type: 'textarea', label: 'Bericht', required: true, maxLength: 1000 },
    { name: 'image', type: 'upload', relationTo: 'media', label: 'Foto (mag leeg)' },
    { name: 'authorName', type: 'text', label: 'Naam (zoals die op het prikbord komt)', required: true },
    { name: 'author', type: 'relationship', relationTo: 'users', label: 'Account', admin: { position: 'sidebar', readOnly: true } },
    { name: 'expiresAt', type: 'date', label: 'Zichtbaar tot', required: true, admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } } },
    { name: 'closed', type: 'checkbox', label: 'Afgesloten (niet meer nodig)', defaultValue: false, admin: { position: 'sidebar' } },
    { name: 'publishedAt', type: 'date', label: 'Gepubliceerd op', admin: { position: 'sidebar', readOnly: true } },
    ...editorialFields(),
  ],
}
