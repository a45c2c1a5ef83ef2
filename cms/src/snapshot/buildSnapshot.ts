import type { Payload } from 'payload'

import { toAmsterdamIso } from '@wijk/shared/time'
import { SNAPSHOT_VERSION, type WijkSnapshot } from '@wijk/shared/snapshot'

import { publicCmsUrl } from '../env'
import type { CachedEntry } from './cachedCollection'
import { checkAssembled } from './checkAssembled'
import { countRefresh, embeddedVersions, forgetWijk, inTurn, type WijkCache, wijkCacheOf } from './snapshotCache'
import { buildSnapshotFromScratch, findWijk } from './snapshotFromScratch'
import type { ShownCollection } from './snapshotQuery'
import { type ConversionContext, SNAPSHOT_SOURCES } from './snapshotSources'
import { toWijk } from './toWijk'

export { SnapshotInvalidError } from './snapshotInvalidError'

/** Brings every list of the wijk up to date; events are converted once the organisations they may name are. */
const refreshLists = async (payload: Payload, cache: WijkCache): Promise<void> => {
  const versions = await embeddedVersions(payload)
  let organisationSlugs: Set<string> | undefined
  const context: ConversionContext = {
    baseUrl: cache.baseUrl,
    publishedOrganisationSlugs: () => (organisationSlugs ??= cache.lists.organisations.slugs()),
  }
  const refresh = async (collection: ShownCollection, ready: () => Promise<unknown>) => {
    const source = SNAPSHOT_SOURCES.find((s) => s.collection === collection)!
    const embedsVersion = source.embeds.map((c) => `${c}:${versions[c]}`).join(',')
    const outcome = await cache.lists[collection].refresh(payload, embedsVersion, async () => (await ready(), context))
    countRefresh(payload, collection, outcome)
  }
  const organisations = refresh('organisations', async () => undefined)
  // Settled, not raced: a failure must not leave other lists updating after the turn ends.
  const outcomes = await Promise.allSettled([
    organisations,
    refresh('themes', async () => undefined),
    refresh('events', () => organisations),
    refresh('articles', async () => undefined),
    refresh('posts', async () => undefined),
  ])
  const failed = outcomes.find((outcome) => outcome.status === 'rejected')
  if (failed) throw failed.reason
}

const itemsOf = (entries: CachedEntry[]): unknown[] =>
  entries.map((entry) => {
    if (entry.error !== undefined) throw entry.error
    return entry.item
  })

const assemble = (cache: WijkCache, wijk: Parameters<typeof toWijk>[0], now: Date): WijkSnapshot => {
  const shown = Object.fromEntries(SNAPSHOT_SOURCES.map((s) => [s.collection, cache.lists[s.collection].shown(now)])) as Record<ShownCollection, CachedEntry[]>
  const snapshot = {
    version: SNAPSHOT_VERSION,
    generatedAt: toAmsterdamIso(now),
    wijk: toWijk(wijk, cache.baseUrl),
    themes: itemsOf(shown.themes),
    organisations: itemsOf(shown.organisations),
    events: itemsOf(shown.events),
    articles: itemsOf(shown.articles),
    posts: itemsOf(shown.posts),
  }
  const itemsValid = Object.values(shown).every((entries) => entries.every((entry) => entry.valid))
  return checkAssembled(snapshot, itemsValid)
}

/**
 * All published content of one wijk, validated against the shared schema. Null for an unknown wijk.
 *
 * Kept per Payload and wijk between calls (snapshotCache): each call rereads only the documents
 * changed since the previous one and applies the moment-dependent rules (past events, expired
 * posts) at `now`, so the result is the one `buildSnapshotFromScratch` gives for the same database
 * and `now`. `{ cache: false }` assembles from scratch.
 */
export const buildSnapshot = async (payload: Payload, slug: string, now = new Date(), options: { cache?: boolean } = {}): Promise<WijkSnapshot | null> => {
  if (options.cache === false) return buildSnapshotFromScratch(payload, slug, now)
  const wijk = await findWijk(payload, slug)
  if (!wijk) return null
  return inTurn(payload, async () => {
    const cache = wijkCacheOf(payload, wijk.id, publicCmsUrl())
    try {
      await refreshLists(payload, cache)
    } catch (error) {
      forgetWijk(payload, wijk.id)
      throw error
    }
    return assemble(cache, wijk, now)
  })
}
