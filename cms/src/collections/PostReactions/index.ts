import type { Access, CollectionConfig, Field, FieldAccess } from 'payload'

import { hiddenFromWriters } from '../../access/hiddenFromWriters'
import { isEditor, isEditorField } from '../../access/isEditor'
import { isEditorRole, roleOf } from '../../access/roles'
import { mailLogField } from '../../email/mailLogField'

const nobody = () => false

/** The redactie of the wijk (the tenant plugin narrows it), and the poster: reactions to their own posts (Mijn buurt). */
const editorOrPoster: Access = ({ req }) => {
  if (isEditorRole(roleOf(req))) return true
  if (!req.user) return false
  return { 'post.author': { equals: req.user.id } }
}

/** The responder's address: the poster learns it only by answering. */
const addressOnceAnswered: FieldAccess = ({ req, doc }) => isEditorRole(roleOf(req)) || Boolean((doc as { answeredAt?: string | null } | undefined)?.answeredAt)

/** The mail log names both addresses: the redactie's view only. */
const mailLog = mailLogField() as Field & { access?: Record<string, unknown> }

/**
 * Reactions to a prikbord post from the wijk site's "Reageer" form (cms/src/prikbord/). The CMS
 * relays them by mail: the poster reads the responder's name and message, not their address, and
 * answers through a link; only then do both learn each other's address. Only the public endpoints
 * write them; the redactie of the wijk reads them and may delete them (privacy requests); the poster
 * reads those to their own posts (Mijn buurt, /mijn/reacties/), the address only once answered.
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
  access: { read: editorOrPoster, create: nobody, update: nobody, delete: isEditor },
  fields: [
    // Not required: a deleted post leaves its reactions without one (retention removes them later).
    { name: 'post', type: 'relationship', relationTo: 'posts', label: 'Prikbordbericht', index: true },
    { name: 'name', type: 'text', label: 'Naam', required: true, maxLength: 120 },
    { name: 'email', type: 'email', label: 'E-mail', required: true, index: true, access: { read: addressOnceAnswered } },
    { name: 'message', type: 'textarea', label: 'Bericht', required: true, maxLength: 1000 },
    { name: 'answer', type: 'textarea', label: 'Antwoord van de schrijver', maxLength: 2000, admin: { readOnly: true } },
    { name: 'answeredAt', type: 'date', label: 'Beantwoord op', admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'consentAt', type: 'date', label: 'Toestemming gegeven op', required: true, admin: { position: 'sidebar', readOnly: true } },
    { name: 'consentVersion', type: 'text', label: 'Tekst van de toestemming (versie)', required: true, admin: { position: 'sidebar', readOnly: true } },
    // SHA-256 of the answer link's token: the link itself is only in the poster's mail.
    { name: 'tokenHash', type: 'text', required: true, access: { read: nobody }, admin: { hidden: true } },
    { ...mailLog, access: { ...mailLog.access, read: isEditorField } } as Field,
  ],
}
