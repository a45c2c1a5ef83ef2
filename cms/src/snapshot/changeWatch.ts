import type { CollectionSlug, Payload, Where } from 'payload'

/**
 * How far before the previous look a look searches for changed documents. A document's `updatedAt`
 * is set just before it is written, and becomes visible when its transaction commits (after the
 * afterChange hooks), possibly after a newer write has already committed; with several CMS
 * processes their clocks may also differ a little. A change is found as long as those two delays
 * together stay under this window.
 */
export const CHANGE_WINDOW_MS = 10_000

/** More changed documents than this at once are reloaded with the whole collection. */
const MAX_FOLLOWED_CHANGES = 200

type Id = number | string

/**
 * What changed in a scope since the previous look. `everything` when the changes cannot be followed
 * document by document: the first look, a document that left the scope (deleted, moved to another
 * wijk), or too many changes at once.
 */
export type Changes = { everything: true } | { everything: false; ids: Id[] }

type Stamp = { id: Id; updatedAt: string }

/** Payload sets `updatedAt` on every write of a document's main row (drafts only write versions). */
const stampsOf = async (payload: Payload, collection: CollectionSlug, where: Where): Promise<Stamp[]> => {
  const { docs } = await payload.db.find({ collection, where, select: { updatedAt: true }, limit: 0, pagination: false })
  // The adapters return ISO strings; normalised so that one stamp has one spelling.
  return (docs as { id: Id; updatedAt: string }[]).map((doc) => ({ id: doc.id, updatedAt: new Date(doc.updatedAt).toISOString() }))
}

/**
 * Follows the documents of one collection scope (e.g. one wijk's events) by their `updatedAt`: it
 * remembers every document's stamp, and each look reads only the stamps written since shortly before
 * the previous look, plus the count (a delete changes it). Correct for several processes on one
 * database: it reads the database, never an in-process signal.
 */
export class ChangeWatch {
  private known: Map<string, string> | null = null
  private lastLookAt = 0

  constructor(
    private readonly collection: CollectionSlug,
    private readonly scope: Where,
  ) {}

  /** Read before the content it guards: a write landing in between is then seen again next time. */
  async look(payload: Payload): Promise<Changes> {
    const startedAt = Date.now()
    if (!this.known) return this.readAll(payload, startedAt)
    const since = new Date(this.lastLookAt - CHANGE_WINDOW_MS).toISOString()
    const [recent, { totalDocs }] = await Promise.all([
      stampsOf(payload, this.collection, { and: [this.scope, { updatedAt: { greater_than_equal: since } }] }),
      payload.count({ collection: this.collection, where: this.scope, overrideAccess: true }),
    ])
    const added = recent.filter((stamp) => !this.known!.has(String(stamp.id))).length
    if (totalDocs !== this.known.size + added) return this.readAll(payload, startedAt)
    const changed = recent.filter((stamp) => this.known!.get(String(stamp.id)) !== stamp.updatedAt)
    if (changed.length > MAX_FOLLOWED_CHANGES) return this.readAll(payload, startedAt)
    for (const stamp of changed) this.known.set(String(stamp.id), stamp.updatedAt)
    this.lastLookAt = startedAt
    return { everything: false, ids: changed.map((stamp) => stamp.id) }
  }

  private async readAll(payload: Payload, startedAt: number): Promise<Changes> {
    const stamps = await stampsOf(payload, this.collection, this.scope)
    this.known = new Map(stamps.map((stamp) => [String(stamp.id), stamp.updatedAt]))
    this.lastLookAt = startedAt
    return { everything: true }
  }
}
