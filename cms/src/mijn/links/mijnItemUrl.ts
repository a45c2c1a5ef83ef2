import type { PayloadRequest } from 'payload'

import { idOf } from '../../access/roles'
import { siteUrlOf } from '../../snapshot/toWijk'

type MijnKind = 'articles' | 'posts' | 'events' | 'organisations'

const PATHS: Record<MijnKind, (id: number | string) => string> = {
  articles: (id) => `mijn/buurtkrant/${id}/`,
  posts: (id) => `mijn/prikbord/${id}/`,
  events: (id) => `mijn/activiteit/${id}/`,
  organisations: () => 'mijn/organisatie/',
}

/**
 * Where a resident or partner finds their item again: Mijn buurt on the wijk's own site, built from
 * the wijk's stored domain (never from a request header). Residents never need the admin.
 */
export const mijnItemUrl = async (req: PayloadRequest, kind: MijnKind, doc: { id: number | string; tenant?: unknown }): Promise<string> => {
  const wijkId = idOf(doc.tenant as never)
  const wijk =
    wijkId === undefined ? null : await req.payload.findByID({ collection: 'wijken', id: wijkId, depth: 0, overrideAccess: true, disableErrors: true, req })
  return `${wijk ? siteUrlOf(wijk.domain) : '/'}${PATHS[kind](doc.id)}`
}
