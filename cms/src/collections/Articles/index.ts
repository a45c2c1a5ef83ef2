import type { CollectionConfig } from 'payload'

import { isPublishingAttempt } from '../../access/publishesOnlyAsEditor'
import { canChangeOwnResidentContent, canReadResidentContent } from '../../access/residentContentAccess'
import { roleOf } from '../../access/roles'
import { applyEditorialStatus } from '../../editorial/applyEditorialStatus'
import { setAuthor } from '../../editorial/setAuthor'
import { editorialFields } from '../../fields/editorialFields'
import { slugField } from '../../fields/slugField'
import { saveAsDraftForContributors } from '../../hooks/saveAsDraftForContributors'

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
    beforeChange: [setAuthor, applyEditorialStatus],
  },
  fields: [
    { name: 'title', type: 'text', label: 'Titel', required: true, maxLength: 120 },
    slugField('articles', 'title'),
    { name: 'lead', type: 'textarea', label: 'Inleiding (één of twee zinnen)', required: true, maxLength: 300 },
    { name: 'body', type: 'richText', label: 'Tekst', required: true },
    { name: 'image', type: 'upload', relationTo: 'media', label: 'Foto' },
    { name: 'authorName', type: 'text', label: 'Naam schrijver (zoals die in de krant komt)', required: true },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      label: 'Account van de schrijver',
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'publishedAt', type: 'date', label: 'Gepubliceerd op', admin: { position: 'sidebar', readOnly: true } },
    ...editorialFields(),
  ],
}
