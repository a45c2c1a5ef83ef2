import type { PayloadRequest } from 'payload'

import { idOf } from '../../access/roles'
import { mainRowOf } from '../../webhook/mainRowOf'
import { isPublic } from '../../webhook/publicState'
import { normalEmail } from './networkMember'

/**
 * What of an organisation's public version the network audience depends on. Read from the
 * collection's own row (the published version), not from a newer draft.
 */
export type NetworkContact = {
  /** The wijk and address whose member it makes, when it is published with an address. */
  member: { wijk: number | string; email: string } | null
  /** Changes when anything the member shows changes (name, contact person, themes). */
  fingerprint: string
}

type Row = Record<string, unknown> | null

const themeIds = (themes: unknown) => (Array.isArray(themes) ? themes.map((theme) => String(idOf(theme as never))).sort() : [])

export const networkContactOf = (row: Row): NetworkContact => {
  const email = (row?.contact as { email?: string | null } | undefined)?.email?.trim()
  const wijk = idOf(row?.tenant as never)
  const member = isPublic('organisations', row) && email && wijk !== undefined ? { wijk, email: normalEmail(email) } : null
  const fingerprint = JSON.stringify([
    member,
    row?.name ?? null,
    (row?.contactPerson as { name?: string | null } | undefined)?.name ?? null,
    themeIds(row?.themes),
  ])
  return { member, fingerprint }
}

export const readNetworkContact = async (req: PayloadRequest, id: number | string): Promise<NetworkContact> =>
  networkContactOf(await mainRowOf(req, 'organisations', id))

export const networkContextKey = (id: unknown) => `networkContact:${String(id)}`
