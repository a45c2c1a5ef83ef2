import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeDeleteHook, CollectionConfig } from 'payload'

import { mediaIsShown } from './mediaIsShown'
import { queueBuildWebhookForTenant } from './queueBuildWebhook'

const contextKey = (id: unknown) => `buildWebhook:media:${String(id)}:shown`

/** A new image is not shown until a document uses it; that document's publish rebuilds. */
const webhookOnMediaChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'update' || !(await mediaIsShown(req, doc.id))) return doc
  await queueBuildWebhookForTenant(req, doc.tenant, { reason: 'publish', collection: 'media', id: doc.id })
  return doc
}

/** Asked before the delete: the database clears the references while deleting. */
const rememberShown: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // Await first: nested Local API calls may give the request a new context object.
  const shown = await mediaIsShown(req, id)
  req.context[contextKey(id)] = shown
}

const webhookOnMediaDelete: CollectionAfterDeleteHook = async ({ doc, id, req }) => {
  if (!req.context[contextKey(id)]) return
  await queueBuildWebhookForTenant(req, doc.tenant, { reason: 'delete', collection: 'media', id })
}

export const withMediaBuildWebhook = (config: CollectionConfig): CollectionConfig => ({
  ...config,
  hooks: {
    ...config.hooks,
    afterChange: [...(config.hooks?.afterChange ?? []), webhookOnMediaChange],
    beforeDelete: [...(config.hooks?.beforeDelete ?? []), rememberShown],
    afterDelete: [...(config.hooks?.afterDelete ?? []), webhookOnMediaDelete],
  },
})
