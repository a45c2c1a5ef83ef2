import type { CollectionConfig } from 'payload'

import { isPublishingAttempt } from '../../access/publishesOnlyAsEditor'
import { canChangeOwnResidentContent, canReadResidentContent } from '../../access/residentContentAccess'
import { roleOf } from '../../access/roles'
import { applyEditorialStatus } from '../../editorial/applyEditorialStatus'
import { notifyAuthorOfDecision } from '../../editorial/notifyAuthorOfDecision'
import { setAuthor } from '../../editorial/setAuthor'
import { editorialFields } from '../../fields/editorialFields'
import { slugField } from '../../fields/slugField'
import { saveAsDraftForContributors } from '../../hooks/saveAsDraftForContributors'
import { notForWriters } from '../../access/hiddenFromWriters'
import { reviewFields } from '../../fields/reviewFields'
import { notifyRedactie } from '../../redactie/notifyRedactie'
import { stampEditorialReview } from '../../redactie/stampReview'

/** Made from the title; writers do not need to see it. */
const slug = slugField('articles', 'title')

const WRITING_ROLES = new Set(['admin', 'editor', 'writer'])

/** Buurtkrant: stories written by residents, reviewed and published by the redactie. */
export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: 'Buurtkrantartikel', plural: 'Buurtkrant' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'authorName', 'editorialStatus', 'updatedAt'], group: 'Buurtkrant en prikbord' },
  versions: { drafts: true, maxPerDoc: 25 },
  access: {
    read: canReadResidentContent,
    create: (args) => WRITING_ROLES.has(roleOf(args.req) ?? '') && !isPublishingAttempt(args),
    update: (args) => (isPublishingAttempt(args) ? false : canChangeOwnResidentContent(args)),
    delete: canChangeOwnResidentContent,
  },
  hooks: {
    beforeOperation: [saveAsDraftForContributors],
    beforeChange: [setAuthor, applyEditorialStatus, stampEditorialReview],
    afterChange: [notifyAuthorOfDecision('articles'), notifyRedactie('articles')],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: 'Titel',
      required: true,
      maxLength: 120,
      admin: { description: 'Kort en nieuwsgierig makend, bijvoorbeeld: Tien jaar moestuin aan de Schiedamseweg.' },
    },
    { ...slug, admin: { ...slug.admin, condition: notForWriters } },
    {
      name: 'lead',
      type: 'textarea',
      label: 'Inleiding (één of twee zinnen)',
      required: true,
      maxLength: 300,
      admin: { description: 'Waar gaat je verhaal over? Dit staat ook in het overzicht van de buurtkrant.' },
    },
    { name: 'body', type: 'richText', label: 'Tekst', required: true, admin: { description: "Je verhaal. Korte alinea's lezen het prettigst." } },
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      label: 'Foto',
      admin: { description: 'Mag leeg. Gebruik alleen een foto die je zelf maakte of mag gebruiken.' },
    },
    {
      name: 'authorName',
      type: 'text',
      label: 'Naam schrijver (zoals die in de krant komt)',
      required: true,
      admin: { description: 'Je naam zoals lezers die zien, bijvoorbeeld alleen je voornaam.' },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      label: 'Account van de schrijver',
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'publishedAt', type: 'date', label: 'Gepubliceerd op', admin: { position: 'sidebar', readOnly: true } },
    ...editorialFields(),
    ...reviewFields(),
  ],
}
