import type { Payload } from 'payload'

/**
 * Removes a wijk and, through the tenant plugin's cleanup, everything that belongs to it,
 * so seeding twice gives the same result instead of duplicates.
 */
export const resetWijk = async (payload: Payload, slug: string): Promise<boolean> => {
  const { docs } = await payload.find({ collection: 'wijken', where: { slug: { equals: slug } }, limit: 1, overrideAccess: true })
  const wijk = docs[0]
  if (!wijk) return false
  await payload.delete({ collection: 'wijken', id: wijk.id, overrideAccess: true })
  return true
}
