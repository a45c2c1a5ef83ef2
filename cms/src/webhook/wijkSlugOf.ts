import type { PayloadRequest } from 'payload'

import { idOf } from '../access/roles'

type Ref = Parameters<typeof idOf>[0]

/** The slug of the wijk a document belongs to (its tenant), or null when it has none. */
export const wijkSlugOf = async (req: PayloadRequest, tenant: unknown): Promise<string | null> => {
  if (tenant && typeof tenant === 'object' && 'slug' in tenant) return String(tenant.slug)
  const id = idOf(tenant as Ref)
  if (id === undefined) return null
  const wijk = await req.payload.db.findOne({ collection: 'wijken', where: { id: { equals: id } }, req })
  return (wijk as { slug?: string } | null)?.slug ?? null
}
