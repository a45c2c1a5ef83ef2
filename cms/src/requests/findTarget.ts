import type { Payload, Where } from 'payload'

/** A published organisation or event of this wijk, by id or slug; null when there is none. */
export const findPublished = async (payload: Payload, collection: 'organisations' | 'events', tenant: number, ref: string) => {
  const byRef: Where = /^\d+$/.test(ref) ? { or: [{ id: { equals: Number(ref) } }, { slug: { equals: ref } }] } : { slug: { equals: ref } }
  const found = await payload.find({
    collection,
    where: { and: [byRef, { tenant: { equals: tenant } }, { _status: { equals: 'published' } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return found.docs[0] ?? null
}
