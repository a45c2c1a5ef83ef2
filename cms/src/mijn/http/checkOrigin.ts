import type { Payload } from 'payload'

import { originOf } from '../../public/allowedOrigins'
import type { Wijken } from '../../payload-types'

/**
 * A Mijn buurt post must come from a page of the same wijk's site (its Origin, or its Referer when a
 * browser sends no usable Origin). Another wijk, the CMS's admin, any other site or no header at all
 * is refused: a form elsewhere cannot post with the resident's cookie (SameSite=Lax already stops most
 * of that; this stops the rest, e.g. a sibling subdomain).
 */
export const isFromWijkSite = async (payload: Payload, headers: Headers, wijk: Pick<Wijken, 'slug'>): Promise<boolean> => {
  const origin = headers.get('origin')
  const value = origin && origin !== 'null' ? origin : headers.get('referer')
  if (!value) return false
  const found = await originOf(payload, value)
  return found?.kind === 'wijk' && found.slug === wijk.slug
}
