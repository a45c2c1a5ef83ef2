import type { CollectionConfig } from 'payload'

import { roleOf } from '../access/roles'

/**
 * Payload's jobs collection, readable by platform admins as "Bouwverzoeken": every build webhook
 * with its attempts and errors. Nobody edits it by hand; the queue writes it directly.
 */
export const jobsCollection = ({ defaultJobsCollection }: { defaultJobsCollection: CollectionConfig }): CollectionConfig => ({
  ...defaultJobsCollection,
  labels: { singular: 'Bouwverzoek', plural: 'Bouwverzoeken' },
  access: { ...defaultJobsCollection.access, read: ({ req }) => roleOf(req) === 'admin' },
  admin: {
    ...defaultJobsCollection.admin,
    group: 'Platform',
    defaultColumns: ['taskSlug', 'input', 'totalTried', 'completedAt', 'hasError', 'createdAt'],
    hidden: ({ user }) => (user as { role?: string } | null)?.role !== 'admin',
  },
})
