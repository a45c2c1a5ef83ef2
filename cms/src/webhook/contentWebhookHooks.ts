import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import type { BuildRequest } from '@wijk/shared/webhook'

import { mainRowOf } from './mainRowOf'
import { publicFingerprint } from './publicFingerprint'
import { isPublic, type ShownCollection } from './publicState'
import { queueBuildWebhookForTenant } from './queueBuildWebhook'

type Before = { public: boolean; fingerprint: string }
type Row = Record<string, unknown> | null

const contextKey = (collection: string, id: unknown) => `buildWebhook:${collection}:${String(id)}`

/**
 * publish: the public version is new or changed; unpublish: it was public and is no longer.
 * A save that leaves the public row as it was (a draft save, or a re-save of the same content,
 * which only moves updatedAt) sends nothing: re-saving must not be a way to trigger rebuilds.
 */
const reasonFor = (collection: ShownCollection, before: Before | undefined, after: Row): BuildRequest['reason'] | null => {
  const unchanged = before !== undefined && before.fingerprint === publicFingerprint(after)
  if (isPublic(collection, after)) return before?.public && unchanged ? null : 'publish'
  return before?.public ? 'unpublish' : null
}

const send = (args: { req: Parameters<typeof queueBuildWebhookForTenant>[0]; collection: string; doc: Row; reason: BuildRequest['reason'] }) =>
  queueBuildWebhookForTenant(args.req, args.doc?.tenant, { reason: args.reason, collection: args.collection, id: args.doc?.id as number })

/** Reads the public state before the write: the hook's originalDoc may be a newer draft. */
const rememberPublicState =
  (collection: ShownCollection): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (operation !== 'update' || originalDoc?.id === undefined) return data
    const row = await mainRowOf(req, collection, originalDoc.id)
    req.context[contextKey(collection, originalDoc.id)] = { public: isPublic(collection, row), fingerprint: publicFingerprint(row) } satisfies Before
    return data
  }

const webhookOnChange =
  (collection: ShownCollection): CollectionAfterChangeHook =>
  async ({ doc, operation, req }) => {
    const before = operation === 'update' ? (req.context[contextKey(collection, doc.id)] as Before | undefined) : undefined
    const after = await mainRowOf(req, collection, doc.id)
    const reason = reasonFor(collection, before, after)
    if (reason) await send({ req, collection, doc: after, reason })
    return doc
  }

const webhookOnDelete =
  (collection: ShownCollection): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    if (isPublic(collection, doc)) await send({ req, collection, doc, reason: 'delete' })
  }

/** Adds the build-webhook hooks to a collection whose published documents a site shows. */
export const withBuildWebhook = (collection: ShownCollection, config: CollectionConfig): CollectionConfig => ({
  ...config,
  hooks: {
    ...config.hooks,
    beforeChange: [...(config.hooks?.beforeChange ?? []), rememberPublicState(collection)],
    afterChange: [...(config.hooks?.afterChange ?? []), webhookOnChange(collection)],
    afterDelete: [...(config.hooks?.afterDelete ?? []), webhookOnDelete(collection)],
  },
})
