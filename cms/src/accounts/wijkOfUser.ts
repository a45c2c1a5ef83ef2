import type { PayloadRequest } from 'payload'

import { idOf } from '../access/roles'

type WithTenants = { tenants?: { tenant?: unknown }[] | null }

export type UserWijk = { id: number | string; name: string; slug: string; domain: string }

/** The wijk an account registered in: its first tenant (residents and partners have one). */
export const wijkOfUser = async (req: PayloadRequest, user: WithTenants): Promise<UserWijk | null> => {
  const id = idOf(user.tenants?.[0]?.tenant as never)
  if (id === undefined) return null
  const wijk = await req.payload.findByID({ collection: 'wijken', id, depth: 0, overrideAccess: true, disableErrors: true, req })
  return wijk ? { id: wijk.id, name: wijk.name, slug: wijk.slug, domain: wijk.domain } : null
}

/** For mails: the wijk's name, or the platform when an account has no wijk (admins). */
export const wijkNameOfUser = async (req: PayloadRequest, user: WithTenants): Promise<string> => (await wijkOfUser(req, user))?.name ?? 'het Wijkplatform'
