import type { PayloadRequest, Where } from 'payload'

import { idOf } from '../../../access/roles'
import { IMAGE_FIELDS, mediaIsShown } from '../../../webhook/mediaIsShown'
import { publicWhere } from '../../../webhook/publicState'

type Id = number | string

/** The value at a dotted path of a document (`contactPerson.photo`). */
const valueAt = (doc: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), doc)

/** Every image a site shows now: the same places and publication rules as `mediaIsShown`. */
const shownMediaIds = async (req: PayloadRequest): Promise<Id[]> => {
  const ids = new Set<Id>()
  const collect = (docs: unknown[], fields: string[]) => {
    for (const doc of docs)
      for (const field of fields) {
        const id = idOf(valueAt(doc, field) as never)
        if (id !== undefined) ids.add(id)
      }
  }
  for (const [collection, fields] of IMAGE_FIELDS) {
    const { docs } = await req.payload.db.find({ collection, where: publicWhere(collection), pagination: false, limit: 0, req })
    collect(docs, fields)
  }
  collect((await req.payload.db.find({ collection: 'wijken', pagination: false, limit: 0, req })).docs, ['logo'])
  return [...ids]
}

/** The upload a file name belongs to: the original or one of its generated sizes. */
const mediaIdOfFile = async (req: PayloadRequest, filename: string): Promise<Id | undefined> => {
  const sizes = req.payload.collections.media.config.upload.imageSizes ?? []
  const where: Where = { or: [{ filename: { equals: filename } }, ...sizes.map(({ name }) => ({ [`sizes.${name}.filename`]: { equals: filename } }))] }
  const doc = await req.payload.db.findOne<{ id: Id }>({ collection: 'media', where, req })
  return doc?.id
}

/**
 * What the public may read of the media: only images published content shows, as a query.
 * One document or one file (the site build fetches every image without signing in) is checked on
 * its own; a list costs one query per place an image can appear.
 */
export const shownMediaWhere = async (req: PayloadRequest, target: { id?: Id; filename?: string }): Promise<Where | false> => {
  const id = target.filename ? await mediaIdOfFile(req, target.filename) : target.id
  if (target.filename || target.id !== undefined) {
    return id !== undefined && (await mediaIsShown(req, id)) ? { id: { equals: id } } : false
  }
  const ids = await shownMediaIds(req)
  return ids.length > 0 ? { id: { in: ids } } : false
}
