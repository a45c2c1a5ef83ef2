import type { CollectionConfig } from 'payload'

export const LEASES = 'leases'

/**
 * Who is working on what (a job, an aanvraag's outbox) and until when. One row per claim: the
 * unique `key` (resource + generation) is what makes a claim atomic on every database, because
 * only one insert of a key can succeed. Nobody reads or edits this by hand.
 */
export const Leases: CollectionConfig = {
  slug: LEASES,
  labels: { singular: 'Claim', plural: 'Claims' },
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'resource', type: 'text', required: true, index: true },
    { name: 'generation', type: 'number', required: true },
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'leaseUntil', type: 'date', required: true, index: true },
    { name: 'holder', type: 'text' },
  ],
}
