import type { CollectionBeforeChangeHook } from 'payload'

import { idOf, roleOf } from '../../access/roles'
import { refusal } from '../../editorial/refusal'

type TenantRow = { tenant?: number | string | { id: number | string } | null }

const tenantIds = (rows: unknown): string[] =>
  Array.isArray(rows) ? (rows as TenantRow[]).map((row) => String(idOf(row.tenant))).filter((id) => id !== 'undefined') : []

/**
 * The redactie may add residents and partners to its own wijken, nothing more:
 * no admin or editor accounts, and no access to wijken the editor does not belong to.
 */
export const restrictEditorGrants: CollectionBeforeChangeHook = ({ data, req, originalDoc }) => {
  if (roleOf(req) !== 'editor') return data
  const roleChanges = data.role !== undefined && data.role !== originalDoc?.role
  if (roleChanges && (data.role === 'admin' || data.role === 'editor')) {
    throw refusal('Alleen een beheerder kan redacteuren en beheerders aanmaken.')
  }
  const own = new Set(tenantIds((req.user as { tenants?: unknown }).tenants))
  const before = new Set(tenantIds(originalDoc?.tenants))
  if (tenantIds(data.tenants).some((id) => !own.has(id) && !before.has(id))) {
    throw refusal('Je kunt alleen mensen toevoegen aan je eigen wijk.')
  }
  return data
}
