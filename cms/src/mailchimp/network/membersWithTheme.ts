import type { PayloadRequest } from 'payload'

import { idOf } from '../../access/roles'
import { normalEmail } from './networkMember'

/** The network members (wijk + address) of the published organisations that carry this theme. */
export const membersWithTheme = async (req: PayloadRequest, themeId: number | string) => {
  const { docs } = await req.payload.find({
    collection: 'organisations',
    where: { themes: { in: [themeId] } },
    draft: false,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const members = new Map<string, { wijk: number | string; email: string }>()
  for (const doc of docs as { tenant?: unknown; contact?: { email?: string | null } | null }[]) {
    const email = doc.contact?.email?.trim()
    const wijk = idOf(doc.tenant as never)
    if (email && wijk !== undefined) members.set(`${wijk} ${normalEmail(email)}`, { wijk, email: normalEmail(email) })
  }
  return [...members.values()]
}
