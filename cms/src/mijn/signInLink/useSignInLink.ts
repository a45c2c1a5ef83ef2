import type { Payload } from 'payload'

import { idOf } from '../../access/roles'
import type { Wijken } from '../../payload-types'
import { issueSession, type SignInResult } from '../session/signIn'
import { hashOfLinkToken, isLinkTokenShape } from './linkToken'

type LinkRow = { id: number | string; user: unknown; wijk: unknown; expiresAt: string }

/** The stored link of a token, when it still works on this wijk (read only: the GET page shows a button for it). */
export const findSignInLink = async (payload: Payload, token: unknown, wijk: Pick<Wijken, 'id'>): Promise<LinkRow | null> => {
  if (!isLinkTokenShape(token)) return null
  const { docs } = await payload.find({
    collection: 'sign-in-links',
    where: { and: [{ tokenHash: { equals: hashOfLinkToken(token) } }, { expiresAt: { greater_than: new Date().toISOString() } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const row = docs[0] as LinkRow | undefined
  return row && String(idOf(row.wijk as never)) === String(wijk.id) ? row : null
}

/**
 * The post behind the link page's button: the link is used up (deleted) before the session is made,
 * so it signs in once. An expired link, one of another wijk, or a token we never made: refused.
 */
export const useSignInLink = async (payload: Payload, token: unknown, wijk: Wijken): Promise<SignInResult> => {
  const row = await findSignInLink(payload, token, wijk)
  if (!row) return { ok: false, reason: 'wrong' }
  const deleted = await payload.delete({ collection: 'sign-in-links', where: { id: { equals: row.id } }, overrideAccess: true })
  // A second press at the same moment may have found the row too: only a press whose delete removed it signs in.
  if (deleted.docs.length !== 1) return { ok: false, reason: 'wrong' }
  const userId = idOf(row.user as never)
  // The account was deleted after the link was mailed.
  if (userId === undefined) return { ok: false, reason: 'wrong' }
  return issueSession(payload, userId, wijk)
}
