import type { CollectionAfterChangeHook } from 'payload'

import { queueBuildWebhook } from './queueBuildWebhook'

/**
 * Any change to the wijk itself (name, colours, logo, contact) shows on every page of its site.
 * A new wijk gets its first build the same way. Deleting a wijk sends nothing: there is no site
 * left to build, and taking it offline is an operator's decision.
 */
export const webhookOnWijkChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await queueBuildWebhook(req, { wijk: doc.slug, reason: 'wijk', collection: 'wijken', id: doc.id })
  return doc
}
