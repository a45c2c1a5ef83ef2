import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * The document as the public API serves it: the collection's own row, not its newest draft
 * version. Read inside the request's transaction, so it includes this request's writes.
 */
export const mainRowOf = async (req: PayloadRequest, collection: CollectionSlug, id: number | string) =>
  (await req.payload.db.findOne({ collection, where: { id: { equals: id } }, req })) as Record<string, unknown> | null
