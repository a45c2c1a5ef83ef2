import type { CollectionConfig } from 'payload'

import { roleOf } from '../access/roles'
import { dutchJobFields } from './dutchJobFields'

/**
 * Payload's jobs collection, readable by platform admins as "Achtergrondtaken": every build webhook,
 * mail and Mailchimp write with its attempts and errors (filter on "Wachtrij" for one kind). Nobody
 * edits it by hand; the queues write it directly.
 */
export const jobsCollection = ({ defaultJobsCollection }: { defaultJobsCollection: CollectionConfig }): CollectionConfig => ({
  ...defaultJobsCollection,
  labels: { singular: 'Achtergrondtaak', plural: 'Achtergrondtaken' },
  fields: dutchJobFields(defaultJobsCollection.fields),
  access: { ...defaultJobsCollection.access, read: ({ req }) => roleOf(req) === 'admin' },
  admin: {
    ...defaultJobsCollection.admin,
    group: 'Platform',
    description:
      'Website bouwen (wachtrij build-webhooks), mails (mail) en wijzigingen naar Mailchimp (mailchimp). Kies bij Filters "Wachtrij" om er één te zien.',
    defaultColumns: ['taskSlug', 'queue', 'input', 'totalTried', 'waitUntil', 'completedAt', 'hasError', 'createdAt'],
    hidden: ({ user }) => (user as { role?: string } | null)?.role !== 'admin',
  },
})
