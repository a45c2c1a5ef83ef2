import type { CollectionConfig } from 'payload'

import { NEWSLETTER_INTERESTS } from '@wijk/shared/newsletterInterests'

import { hiddenFromWriters } from '../../access/hiddenFromWriters'
import { isAdmin } from '../../access/isAdmin'
import { isEditor } from '../../access/isEditor'
import { syncStateField } from '../../mailchimp/syncStateField'

/**
 * Newsletter signups from the wijk sites: the consent record (time, page, wording) and whether
 * the address reached Mailchimp. Mailchimp holds the list itself; this is the proof of consent
 * and shows the redactie what is still waiting for Mailchimp.
 */
export const NewsletterSignups: CollectionConfig = {
  slug: 'newsletter-signups',
  labels: { singular: 'Aanmelding nieuwsbrief', plural: 'Aanmeldingen nieuwsbrief' },
  admin: {
    hidden: hiddenFromWriters,
    useAsTitle: 'email',
    defaultColumns: ['email', 'interests', 'mailchimpSync.state', 'createdAt'],
    group: 'Netwerk',
    description: 'Aanmeldingen via de website. Mailchimp stuurt een bevestigingsmail; pas na bevestigen krijgt iemand de nieuwsbrief.',
  },
  // Only the public endpoint creates them; the redactie reads and may delete (privacy requests).
  access: { read: isEditor, create: () => false, update: isAdmin, delete: isEditor },
  fields: [
    { name: 'email', type: 'email', label: 'E-mail', required: true, index: true },
    { name: 'name', type: 'text', label: 'Naam', maxLength: 120 },
    {
      name: 'interests',
      type: 'select',
      label: 'Interesses',
      hasMany: true,
      options: NEWSLETTER_INTERESTS.map(({ value, label }) => ({ value, label })),
    },
    { name: 'consentAt', type: 'date', label: 'Toestemming gegeven op', required: true, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'consentVersion', type: 'text', label: 'Tekst van de toestemming (versie)', required: true, admin: { readOnly: true } },
    { name: 'consentText', type: 'textarea', label: 'Tekst van de toestemming', admin: { readOnly: true } },
    { name: 'sourcePage', type: 'text', label: 'Pagina van aanmelding', admin: { readOnly: true } },
    syncStateField(),
  ],
}
