import type { CollectionConfig } from 'payload'

import { hiddenFromWriters } from '../../access/hiddenFromWriters'
import { isEditor } from '../../access/isEditor'
import { mailLogField } from '../../email/mailLogField'

const nobody = () => false

/**
 * Reactions to a prikbord post from the wijk site's "Reageer" form (cms/src/prikbord/). The CMS
 * relays them by mail: the poster reads the responder's name and message, not their address, and
 * answers through a link; only then do both learn each other's address. Only the public endpoints
 * write them; the redactie of the wijk reads them and may delete them (privacy requests).
 */
export const PostReactions: CollectionConfig = {
  slug: 'post-reactions',
  labels: { singular: 'Reactie op prikbord', plural: 'Reacties op prikbord' },
  admin: {
    hidden: hiddenFromWriters,
    useAsTitle: 'name',
    defaultColumns: ['name', 'post', 'answeredAt', 'createdAt'],
    group: 'Buurtkrant en prikbord',
    description: 'Reacties via de website op prikbordberichten. De schrijver van het bericht krijgt ze per e-mail en kiest zelf of hij antwoordt.',
  },
  access: { read: isEditor, create: nobody, update: nobody, delete: isEditor },
  fields: [
    // Not required: a deleted post leaves its reactions without one (retention removes them later).
    { name: 'post', type: 'relationship', relationTo: 'posts', label: 'Prikbordbericht', index: true },
    { name: 'name', type: 'text', label: 'Naam', required: true, maxLength: 120 },
    { name: 'email', type: 'email', label: 'E-mail', required: true, index: true },
    { name: 'message', type: 'textarea', label: 'Bericht', required: true, maxLength: 1000 },
    { name: 'answer', type: 'textarea', label: 'Antwoord van de schrijver', maxLength: 2000, admin: { readOnly: true } },
    { name: 'answeredAt', type: 'date', label: 'Beantwoord op', admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'consentAt', type: 'date', label: 'Toestemming gegeven op', required: true, admin: { position: 'sidebar', readOnly: true } },
    { name: 'consentVersion', type: 'text', label: 'Tekst van de toestemming (versie)', required: true, admin: { position: 'sidebar', readOnly: true } },
    // SHA-256 of the answer link's token: the link itself is only in the poster's mail.
    { name: 'tokenHash', type: 'text', required: true, access: { read: nobody }, admin: { hidden: true } },
    mailLogField(),
  ],
}
