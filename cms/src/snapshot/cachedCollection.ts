import type { Payload } from 'payload'

import { ChangeWatch } from './changeWatch'
import type { ConversionContext, ItemFacts, SnapshotSource } from './snapshotSources'
import { findSnapshotDocs, inWijk, shownWhere } from './snapshotQuery'

/**
 * One document as the snapshot will show it: the validated item (frozen, since every snapshot
 * shares it), or the item that failed validation, or what its conversion threw. A failure only
 * counts when the item is shown, as when the snapshot is assembled from scratch.
 */
export type CachedEntry = { facts: ItemFacts; item: unknown; valid: boolean; error?: unknown }

type Doc = { id: number | string; slug?: string | null; createdAt: string }

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child)
    Object.freeze(value)
  }
  return value
}

const entryOf = (source: SnapshotSource, doc: Doc, context: ConversionContext): CachedEntry => {
  const facts: ItemFacts = {
    id: String(doc.id),
    slug: doc.slug ?? '',
    publishedAt: 0,
    createdAt: Date.parse(doc.createdAt) || 0,
    shownUntil: source.shownUntil ? source.shownUntil(doc as never) : Infinity,
  }
  let item: unknown
  try {
    item = source.toItem(doc as never, context)
  } catch (error) {
    return { facts, item: null, valid: false, error }
  }
  // What the snapshot's newest-first sort compares (articles, posts).
  const publishedAt = (item as { publishedAt?: unknown }).publishedAt
  if (typeof publishedAt === 'string') facts.publishedAt = Date.parse(publishedAt) || 0
  const parsed = source.schema.safeParse(item)
  return parsed.success ? { facts, item: deepFreeze(parsed.data), valid: true } : { facts, item, valid: false }
}

/**
 * One wijk's converted items of one collection, kept up to date by rereading only the documents
 * whose `updatedAt` changed, and in full when one was deleted or a document it embeds changed.
 */
export class CachedCollection {
  private entries = new Map<string, CachedEntry>()
  private ordered: CachedEntry[] | null = null
  private embedsVersion: string | null = null
  private readonly watch: ChangeWatch

  constructor(
    private readonly source: SnapshotSource,
    private readonly wijkId: number | string,
  ) {
    this.watch = new ChangeWatch(source.collection, inWijk(wijkId))
  }

  /**
   * `embedsVersion` names the state of the collections this one embeds (read before this).
   * Returns how many documents were reread, or 'all'.
   */
  async refresh(payload: Payload, embedsVersion: string, context: () => Promise<ConversionContext>): Promise<number | 'all'> {
    const changes = await this.watch.look(payload)
    const { collection } = this.source
    const where = shownWhere[collection](this.wijkId)
    if (changes.everything || embedsVersion !== this.embedsVersion) {
      const docs = await findSnapshotDocs<Doc>(payload, collection, where)
      const converted = await context()
      this.entries = new Map(docs.map((doc) => [String(doc.id), entryOf(this.source, doc, converted)]))
      this.embedsVersion = embedsVersion
      this.ordered = null
      return 'all'
    }
    if (!changes.ids.length) return 0
    // Documents that no longer pass `where` (unpublished, closed) do not come back: they leave the list.
    const docs = await findSnapshotDocs<Doc>(payload, collection, { and: [where, { id: { in: changes.ids } }] })
    const converted = await context()
    for (const id of changes.ids) this.entries.delete(String(id))
    for (const doc of docs) this.entries.set(String(doc.id), entryOf(this.source, doc, converted))
    this.ordered = null
    return changes.ids.length
  }

  /** The entries the snapshot shows at `now`, in the snapshot's order. */
  shown(now: Date): CachedEntry[] {
    this.ordered ??= [...this.entries.values()].sort((a, b) => this.source.compare(a.facts, b.facts))
    const { isShown } = this.source
    return isShown ? this.ordered.filter((entry) => isShown(entry.facts, now)) : this.ordered
  }

  /** Slugs of every document in the list (organisations: the published ones, which events may name). */
  slugs(): Set<string> {
    return new Set([...this.entries.values()].map((entry) => entry.facts.slug))
  }
}
