import type { Payload } from 'payload'

import { idOf, roleOf } from '../../access/roles'

type WithTenants = { tenants?: { tenant?: number | string | { id: number | string } | null }[] | null }

/** The wijken the redactie view shows: an editor's own, or every wijk for a platform admin. */
export const wijkenOfUser = async (payload: Payload, user: unknown): Promise<{ id: number | string; name: string }[]> => {
  const own = ((user as WithTenants | null)?.tenants ?? []).map(({ tenant }) => idOf(tenant as never)).filter((id) => id !== undefined)
  const admin = roleOf({ user } as never) === 'admin'
  if (!admin && own.length === 0) return []
  const { docs } = await payload.find({
    collection: 'wijken',
    ...(admin ? {} : { where: { id: { in: own } } }),
    sort: 'name',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { name: true },
  })
  return docs.map((wijk) => ({ id: wijk.id, name: wijk.name }))
}
