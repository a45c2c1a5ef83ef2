import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { publicWhere, type ShownCollection } from './publicState'

/** Where sites show an image: every upload field of the shown collections, and the wijk logo. */
export const IMAGE_FIELDS: [ShownCollection, string[]][] = [
  ['organisations', ['logo', 'contactPerson.photo']],
  ['events', ['image']],
  ['articles', ['image']],
  ['posts', ['image']],
]

/** The adapter directly: no access control or hooks needed, and the request's context stays as it is. */
const referencedBy = async (req: PayloadRequest, collection: CollectionSlug, where: Where) =>
  (await req.payload.db.count({ collection, where, req })).totalDocs > 0

/** True when a public document or a wijk uses this image, so changing it changes a site. */
export const mediaIsShown = async (req: PayloadRequest, mediaId: number | string): Promise<boolean> => {
  for (const [collection, fields] of IMAGE_FIELDS) {
    const usesIt: Where = { or: fields.map((field) => ({ [field]: { equals: mediaId } })) }
    if (await referencedBy(req, collection, { and: [usesIt, publicWhere(collection)] })) return true
  }
  return referencedBy(req, 'wijken', { logo: { equals: mediaId } })
}
