import type { CollectionSlug, Payload } from 'payload'

// Referencing collections first, so no row points at something already gone.
const CONTENT: CollectionSlug[] = ['requests', 'posts', 'articles', 'events', 'organisations', 'themes', 'media']

/**
 * Removes a wijk with everything that belongs to it, so seeding twice gives the same result
 * instead of duplicates. Content goes first: its rows reference the wijk.
 */
export const resetWijk = async (payload: Payload, slug: string): Promise<boolean> => {
  const { docs } = await payload.find({ collection: 'wijken', where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: true })
  const wijk = docs[0]
  if (!wijk) return false
  await payload.update({ collection: 'wijken', id: wijk.id, data: { logo: null }, overrideAccess: true })
  for (const collection of CONTENT) {
    await payload.delete({ collection, where: { tenant: { equals: wijk.id } }, overrideAccess: true })
  }
  const members = await payload.find({
    collection: 'users',
    where: { 'tenants.tenant': { equals: wijk.id } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  for (const user of members.docs) {
    const tenants = (user.tenants ?? []).filter((row) => row.tenant !== wijk.id)
    await payload.update({ collection: 'users', id: user.id, data: { tenants }, overrideAccess: true })
  }
  await payload.delete({ collection: 'wijken', id: wijk.id, overrideAccess: true })
  return true
}
