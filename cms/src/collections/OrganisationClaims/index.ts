import type { CollectionConfig } from 'payload'

import { canReadClaim, noClaimsThroughApi } from './access/claimAccess'
import { isEditor } from '../../access/isEditor'
import { CLAIM_STATUS_LABELS, CLAIM_STATUSES } from './claimStatus'
import { applyApprovedClaim } from './hooks/applyApprovedClaim'
import { decideOnce } from './hooks/decideOnce'
import { notifyPartnerOfDecision } from './hooks/notifyPartnerOfDecision'
import { summariseClaim } from './hooks/summariseClaim'

/**
 * A partner's request to manage an organisation: an existing one of the wijk, or a new one it names.
 * Made by the registration form only (never through the API); the redactie of the wijk approves or
 * rejects it in the admin. Approval links the partner's account to the organisation in the same step
 * (a new one is created as a draft first), and only a writer or partner of the claim's own wijk.
 */
export const OrganisationClaims: CollectionConfig = {
  slug: 'organisation-claims',
  labels: { singular: 'Aanvraag partneraccount', plural: 'Aanvragen partneraccount' },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'user', 'status', 'createdAt'],
    group: 'Netwerk',
    description: 'Partners die hun organisatie willen beheren. Kies Goedkeuren of Afwijzen en sla op.',
  },
  access: { read: canReadClaim, create: noClaimsThroughApi, update: isEditor, delete: isEditor },
  hooks: {
    beforeChange: [decideOnce, applyApprovedClaim, summariseClaim],
    afterChange: [notifyPartnerOfDecision],
  },
  fields: [
    {
      name: 'summary',
      type: 'text',
      label: 'Aanvraag',
      admin: { hidden: true },
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      label: 'Partner',
      required: true,
      access: { update: () => false },
    },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      label: 'Organisatie',
      admin: { description: 'De organisatie die de partner wil beheren. Bij een nieuwe organisatie vullen we dit in bij goedkeuren.' },
    },
    {
      name: 'proposedName',
      type: 'text',
      label: 'Naam van de nieuwe organisatie',
      maxLength: 120,
      admin: { description: 'Alleen als de organisatie nog niet op de site staat.' },
    },
    {
      name: 'status',
      type: 'select',
      label: 'Besluit',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: CLAIM_STATUSES.map((value) => ({ value, label: CLAIM_STATUS_LABELS[value] })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'rejectionReason',
      type: 'textarea',
      label: 'Reden van afwijzing (de partner krijgt deze te lezen)',
      admin: { position: 'sidebar', condition: (data) => data?.status === 'rejected' },
      validate: (value: string | null | undefined, { siblingData }: { siblingData: { status?: string } }) =>
        siblingData?.status === 'rejected' && !value?.trim() ? 'Schrijf kort waarom, zodat de partner het begrijpt.' : true,
    },
    {
      name: 'decidedAt',
      type: 'date',
      label: 'Besloten op',
      // Set by decideOnce only.
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
