import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '../../access/isAdmin'
import { isAuthenticated } from '../../access/isAuthenticated'
import { isEditor } from '../../access/isEditor'
import { addressField } from '../../fields/addressFields'
import { snapshotEndpoint } from '../../snapshot/snapshotEndpoint'
import { rebuildEndpoint } from '../../webhook/rebuildEndpoint'
import { webhookOnWijkChange } from '../../webhook/wijkWebhookHook'
import { hiddenFromWriters } from '../../access/hiddenFromWriters'
import { mailchimpAudiencesField } from '../../mailchimp/audiencesField'
import { sendSignupsOnConnect } from '../../newsletter/sendSignupsOnConnect'

const HEX = /^#[0-9a-fA-F]{6}$/
const HOSTNAME = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/

const colour = (name: string, label: string, defaultValue: string) => ({
  name,
  type: 'text' as const,
  label,
  defaultValue,
  validate: (value: string | null | undefined) => (!value || HEX.test(value) ? true : 'Gebruik een kleurcode zoals #B5472F.'),
})

/** The tenant: one neighbourhood platform with its own domain, look and Mailchimp audience. */
export const Wijken: CollectionConfig = {
  slug: 'wijken',
  labels: { singular: 'Wijk', plural: 'Wijken' },
  admin: { hidden: hiddenFromWriters, useAsTitle: 'name', defaultColumns: ['name', 'domain', 'updatedAt'], group: 'Platform' },
  access: { read: isAuthenticated, create: isAdmin, update: isEditor, delete: isAdmin },
  endpoints: [snapshotEndpoint, rebuildEndpoint],
  hooks: { afterChange: [webhookOnWijkChange, sendSignupsOnConnect] },
  fields: [
    {
      name: 'buildStatus',
      type: 'ui',
      label: 'Website',
      admin: { position: 'sidebar', components: { Field: '/components/BuildStatus/BuildStatusField#BuildStatusField' } },
    },
    {
      name: 'mailchimpStatus',
      type: 'ui',
      label: 'Mailchimp',
      admin: { position: 'sidebar', components: { Field: '/components/MailchimpStatus/MailchimpStatusField#MailchimpStatusField' } },
    },
    { name: 'name', type: 'text', label: 'Naam', required: true },
    {
      name: 'slug',
      type: 'text',
      label: 'Korte naam (slug)',
      required: true,
      unique: true,
      index: true,
      access: { update: ({ req }) => (req.user as { role?: string } | null)?.role === 'admin' },
      validate: (value: string | null | undefined) =>
        value && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ? true : 'Gebruik alleen kleine letters, cijfers en streepjes.',
    },
    {
      name: 'domain',
      type: 'text',
      label: 'Domein',
      required: true,
      unique: true,
      // The site's address (and the Host the builder serves it on): a platform decision, not the redactie's.
      access: { create: isAdminField, update: isAdminField },
      admin: { description: 'Bijvoorbeeld delfshavenlokaal.nl (zonder https://). Alleen een beheerder kan dit wijzigen.' },
      validate: (value: string | null | undefined) =>
        value && HOSTNAME.test(value) ? true : 'Vul een domeinnaam in zoals delfshavenlokaal.nl, zonder https://.',
    },
    { name: 'tagline', type: 'text', label: 'Ondertitel', maxLength: 140 },
    { name: 'city', type: 'text', label: 'Gemeente', defaultValue: 'Rotterdam' },
    {
      name: 'colors',
      type: 'group',
      label: 'Kleuren',
      fields: [colour('primary', 'Hoofdkleur', '#A63D2A'), colour('accent', 'Accentkleur', '#F2B134')],
    },
    { name: 'logo', type: 'upload', relationTo: 'media', label: 'Logo' },
    {
      name: 'contact',
      type: 'group',
      label: 'Contact',
      fields: [{ name: 'email', type: 'email', label: 'E-mail' }, { name: 'phone', type: 'text', label: 'Telefoon' }, addressField()],
    },
    mailchimpAudiencesField(),
  ],
}
