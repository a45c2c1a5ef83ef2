import type { Payload } from 'payload'

import { CachedCollection } from './cachedCollection'
import { ChangeWatch } from './changeWatch'
import type { ShownCollection } from './snapshotQuery'
import { EMBEDDED_COLLECTIONS, type EmbeddedCollection, SNAPSHOT_SOURCES } from './snapshotSources'

/** What the cache did since this Payload started: how many times each list was reloaded in full, how many documents were reread. */
export type SnapshotCacheStats = {
  snapshots: number
  reloaded: Record<ShownCollection, number>
  reread: Record<ShownCollection, number>
}

export type WijkCache = { baseUrl: string; lists: Record<ShownCollection, CachedCollection> }

type EmbeddedWatch = { watch: ChangeWatch; version: number }

type PayloadCache = {
  wijken: Map<string, WijkCache>
  /** Over all wijken: an item may embed a document of another wijk. */
  embedded: Record<EmbeddedCollection, EmbeddedWatch>
  turn: Promise<unknown>
  stats: SnapshotCacheStats
}

const perCollection = () => Object.fromEntries(SNAPSHOT_SOURCES.map((s) => [s.collection, 0])) as Record<ShownCollection, number>

const caches = new WeakMap<Payload, PayloadCache>()

const cacheOf = (payload: Payload): PayloadCache => {
  let cache = caches.get(payload)
  if (!cache) {
    cache = {
      wijken: new Map(),
      embedded: Object.fromEntries(EMBEDDED_COLLECTIONS.map((c) => [c, { watch: new ChangeWatch(c, {}), version: 0 }])) as PayloadCache['embedded'],
      turn: Promise.resolve(),
      stats: { snapshots: 0, reloaded: perCollection(), reread: perCollection() },
    }
    caches.set(payload, cache)
  }
  return cache
}

export const snapshotCacheStats = (payload: Payload): SnapshotCacheStats => structuredClone(cacheOf(payload).stats)

/** The lists of one wijk, new (empty) for a wijk not seen before or when the CMS's address changed. */
export const wijkCacheOf = (payload: Payload, wijkId: number | string, baseUrl: string): WijkCache => {
  const { wijken } = cacheOf(payload)
  const existing = wijken.get(String(wijkId))
  if (existing?.baseUrl === baseUrl) return existing
  const lists = Object.fromEntries(SNAPSHOT_SOURCES.map((s) => [s.collection, new CachedCollection(s, wijkId)]))
  const created = { baseUrl, lists } as WijkCache
  wijken.set(String(wijkId), created)
  return created
}

/** A work that failed halfway may have left a list half updated: the wijk starts over next time. */
export const forgetWijk = (payload: Payload, wijkId: number | string): void => {
  cacheOf(payload).wijken.delete(String(wijkId))
}

/** Looks at the embedded collections; returns each one's version, which goes up with every change. */
export const embeddedVersions = async (payload: Payload): Promise<Record<EmbeddedCollection, number>> => {
  const { embedded } = cacheOf(payload)
  await Promise.all(
    Object.values(embedded).map(async (entry) => {
      const changes = await entry.watch.look(payload)
      if (changes.everything || changes.ids.length) entry.version += 1
    }),
  )
  return Object.fromEntries(Object.entries(embedded).map(([c, entry]) => [c, entry.version])) as Record<EmbeddedCollection, number>
}

export const countRefresh = (payload: Payload, collection: ShownCollection, outcome: number | 'all'): void => {
  const { stats } = cacheOf(payload)
  if (outcome === 'all') stats.reloaded[collection] += 1
  else stats.reread[collection] += outcome
}

/**
 * One snapshot at a time per Payload: the watches and lists are updated in steps that must not
 * interleave. Snapshots are short once the cache is warm.
 */
export const inTurn = <T>(payload: Payload, work: () => Promise<T>): Promise<T> => {
  const cache = cacheOf(payload)
  cache.stats.snapshots += 1
  const result = cache.turn.then(work)
  cache.turn = result.catch(() => undefined)
  return result
}
