import type { CollectionConfig } from 'payload'

import { isAuthenticated } from '../../access/isAuthenticated'
import { canUpdateOwnPost } from './access/canUpdateOwnPost'
import { closableOnce, editableUntilPublished } from './access/editableUntilPublished'
import { canChangeOwnResidentContent, canReadResidentContent } from '../../access/residentContentAccess'
import { notifyAuthorOfDecision } from '../../editorial/notifyAuthorOfDecision'
import { setAuthor } from '../../editorial/setAuthor'
import { editorialFields } from '../../fields/editorialFields'
import { defaultExpiry } from './defaultExpiry'
import { editorialStatusUnlessClosing } from './editorialStatusUnlessClosing'
import { reviewFields } from '../../fields/reviewFields'
import { notifyRedactie } from '../../redactie/notifyRedactie'
import { stampEditorialReview } from '../../redactie/stampReview'
import { requiredOnceSubmitted } from './requiredOnceSubmitted'

/** Locked for the poster once the redactie has published the post. */
const untilPublished = { update: editableUntilPublished }

/**
 * Prikbord: a resident's request ("vraag") or offer ("aanbod"), moderated by the redactie. A concept
 * may be incomplete (requiredOnceSubmitted); from "submitted" on every field rule holds.
 */
export const Posts: CollectionConfig = {
  slug: 'posts',
  labels: { singular: 'Prikbordbericht', plural: 'Prikbord' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'kind', 'editorialStatus', 'expiresAt'], group: 'Buurtkrant en prikbord' },
  access: {
    read: canReadResidentContent,
    create: isAuthenticated,
    update: canUpdateOwnPost,
    delete: canChangeOwnResidentContent,
  },
  hooks: {
    beforeValidate: [defaultExpiry],
    beforeChange: [setAuthor, editorialStatusUnlessClosing, stampEditorialReview],
    afterChange: [notifyAuthorOfDecision('posts'), notifyRedactie('posts')],
  },
  fields: [
    {
      name: 'kind',
      type: 'radio',
      label: 'Soort',
      access: untilPublished,
      validate: requiredOnceSubmitted({ required: 'Kies vraag of aanbod.', options: ['vraag', 'aanbod'] }),
      options: [
        { value: 'vraag', label: 'Vraag: ik zoek iets of iemand' },
        { value: 'aanbod', label: 'Aanbod: ik bied iets aan' },
      ],
    },
    {
      name: 'title',
      type: 'text',
      label: 'Titel',
      access: untilPublished,
      validate: requiredOnceSubmitted({ required: 'Geef je bericht een titel.', maxLength: 100 }),
      admin: { description: 'Kort en duidelijk, bijvoorbeeld: Wie helpt mij met mijn tuin?' },
    },
    {
      name: 'body',
      type: 'textarea',
      label: 'Bericht',
      access: untilPublished,
      validate: requiredOnceSubmitted({ required: 'Schrijf wat je zoekt of aanbiedt.', maxLength: 1000 }),
      admin: { description: 'Wat zoek je of wat bied je aan? Zet hier niet je adres of telefoonnummer.' },
    },
    { name: 'image', type: 'upload', relationTo: 'media', label: 'Foto (mag leeg)', access: untilPublished },
    {
      name: 'authorName',
      type: 'text',
      label: 'Naam (zoals die op het prikbord komt)',
      access: untilPublished,
      validate: requiredOnceSubmitted({ required: 'Vul de naam in die op het prikbord komt.' }),
      admin: { description: 'Je voornaam is genoeg.' },
    },
    { name: 'author', type: 'relationship', relationTo: 'users', label: 'Account', admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'expiresAt',
      type: 'date',
      label: 'Zichtbaar tot',
      required: true,
      access: untilPublished,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' }, description: 'Daarna verdwijnt het bericht vanzelf van het prikbord.' },
    },
    {
      name: 'closed',
      type: 'checkbox',
      label: 'Afgesloten (niet meer nodig)',
      defaultValue: false,
      access: { update: closableOnce },
      admin: { position: 'sidebar', description: 'Vink aan als je gevonden hebt wat je zocht. Het bericht gaat dan van het prikbord.' },
    },
    { name: 'publishedAt', type: 'date', label: 'Gepubliceerd op', admin: { position: 'sidebar', readOnly: true } },
    ...editorialFields(),
    ...reviewFields(),
  ],
}
