import type { PayloadRequest } from 'payload'

import { idOf, roleOf } from './roles'

type Tenants = { tenants?: { tenant: Parameters<typeof idOf>[0] }[] | null }

/** Platform admins rebuild any wijk; the redactie only the wijken it edits. */
export const canRebuildWijk = (req: Pick<PayloadRequest, 'user'>, wijkId: number | string): boolean => {
  const role = roleOf(req)
  if (role === 'admin') return true
  if (role !== 'editor') return false
  const tenants = (req.user as Tenants | null)?.tenants ?? []
  return tenants.some(({ tenant }) => String(idOf(tenant)) === String(wijkId))
}
