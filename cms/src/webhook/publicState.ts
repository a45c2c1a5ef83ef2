import type { Where } from 'payload'

/**
 * What the public sees, per collection: the same rules as the snapshot (buildSnapshot), as a
 * test on one document and as a query. Themes have no publication state: all of them are shown.
 */
type Doc = Record<string, unknown> | null | undefined

const published: Where = { _status: { equals: 'published' } }
const editoriallyPublished: Where = { editorialStatus: { equals: 'published' } }

const SHOWN_COLLECTIONS = ['organisations', 'events', 'articles', 'posts', 'themes'] as const
export type ShownCollection = (typeof SHOWN_COLLECTIONS)[number]

export const isPublic = (collection: ShownCollection, doc: Doc, now = new Date()): boolean => {
  if (!doc) return false
  switch (collection) {
    case 'organisations':
    case 'events':
      return doc._status === 'published'
    case 'articles':
      return doc._status === 'published' && doc.editorialStatus === 'published'
    case 'posts':
      return doc.editorialStatus === 'published' && !doc.closed && new Date(String(doc.expiresAt)).getTime() > now.getTime()
    case 'themes':
      return true
  }
}

export const publicWhere = (collection: ShownCollection, now = new Date()): Where => {
  switch (collection) {
    case 'organisations':
    case 'events':
      return published
    case 'articles':
      return { and: [published, editoriallyPublished] }
    case 'posts':
      return { and: [editoriallyPublished, { closed: { not_equals: true } }, { expiresAt: { greater_than: now.toISOString() } }] }
    case 'themes':
      return {}
  }
}
