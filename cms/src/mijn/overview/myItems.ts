import type { Payload, Where } from 'payload'

import { idOf } from '../../access/roles'
import type { User, Wijken } from '../../payload-types'
import { draftState, editorialState, type ItemState, stateInWords } from './stateInWords'

/** One of the resident's own items on the overview, linking to its page (`/mijn/<kind>/<id>/`). */
export type MyItem = {
  kind: 'buurtkrant' | 'prikbord' | 'activiteit'
  kindLabel: string
  id: string
  title: string
  state: ItemState
  stateText: string
  changedAt: string
  href: string
}

type Doc = Record<string, unknown> & { id: number | string; title?: string | null; updatedAt: string }

const LIMIT = 50

const hasField = (payload: Payload, collection: 'events', name: string) =>
  payload.collections[collection].config.flattenedFields.some((field) => field.name === name)

/**
 * Every query runs with the resident's own access (`user`, `overrideAccess: false`): the collections'
 * rules decide what they may see; the filters only pick their own items of this wijk from that.
 */
export const myItems = async (payload: Payload, user: User, wijk: Wijken): Promise<MyItem[]> => {
  const asUser = { user, overrideAccess: false, depth: 0, limit: LIMIT, sort: '-updatedAt' } as const
  const inWijk: Where = { tenant: { equals: wijk.id } }
  const own: Where = { and: [inWijk, { author: { equals: user.id } }] }
  const [articles, posts] = await Promise.all([
    // Articles are Payload drafts: a resident's saves are versions, so the newest state is the draft's.
    payload.find({ collection: 'articles', where: own, draft: true, ...asUser }),
    payload.find({ collection: 'posts', where: own, ...asUser }),
  ])
  const items: MyItem[] = []
  const editorial = (kind: 'buurtkrant' | 'prikbord', kindLabel: (doc: Doc) => string) => (doc: Doc) => {
    const state = editorialState(doc.editorialStatus as string)
    items.push({
      kind,
      kindLabel: kindLabel(doc),
      id: String(doc.id),
      title: doc.title || '(nog zonder titel)',
      state,
      stateText: stateInWords(state, { editorComment: doc.editorComment as string, rejectionReason: doc.rejectionReason as string }),
      changedAt: doc.updatedAt,
      href: `/mijn/${kind}/${doc.id}/`,
    })
  }
  ;(articles.docs as unknown as Doc[]).forEach(editorial('buurtkrant', () => 'Buurtkrant'))
  ;(posts.docs as unknown as Doc[]).forEach(
    editorial('prikbord', (doc) => (doc.kind === 'aanbod' ? 'Prikbord: aanbod' : doc.kind === 'vraag' ? 'Prikbord: vraag' : 'Prikbord')),
  )

  // Activities: a partner's are its organisation's; a resident's those they proposed (when the events
  // collection records who proposed one: helper "resident" adds that field).
  const organisation = user.role === 'partner' ? idOf(user.organisation as never) : undefined
  const eventFilter: Where | null =
    organisation !== undefined
      ? { organisation: { equals: organisation } }
      : hasField(payload, 'events', 'proposedBy')
        ? { proposedBy: { equals: user.id } }
        : null
  if (eventFilter) {
    const events = await payload.find({ collection: 'events', where: { and: [inWijk, eventFilter] }, draft: true, ...asUser })
    for (const doc of events.docs as unknown as Doc[]) {
      const state = draftState(doc as never)
      items.push({
        kind: 'activiteit',
        kindLabel: 'Activiteit',
        id: String(doc.id),
        title: doc.title || '(nog zonder titel)',
        state,
        stateText: stateInWords(state),
        changedAt: doc.updatedAt,
        href: `/mijn/activiteit/${doc.id}/`,
      })
    }
  }
  return items.sort((a, b) => b.changedAt.localeCompare(a.changedAt))
}
