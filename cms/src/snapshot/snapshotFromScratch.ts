import type { Payload, Where } from 'payload'

import { toAmsterdamIso } from '@wijk/shared/time'
import { SNAPSHOT_VERSION, type WijkSnapshot, wijkSnapshotSchema } from '@wijk/shared/snapshot'

import { publicCmsUrl } from '../env'
import type { Article, Event, Organisation, Post, Theme, Wijken } from '../payload-types'
import { eventCutoff, eventShownUntil } from './eventCutoff'
import { findSnapshotDocs, shownWhere } from './snapshotQuery'
import { SnapshotInvalidError } from './snapshotInvalidError'
import { toArticle } from './toArticle'
import { toEvent } from './toEvent'
import { toOrganisation } from './toOrganisation'
import { toPost } from './toPost'
import { toTheme } from './toTheme'
import { toWijk } from './toWijk'

const newestFirst = (a: { publishedAt: string }, b: { publishedAt: string }) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt)

/** The wijk document, its logo populated. */
export const findWijk = async (payload: Payload, slug: string): Promise<Wijken | undefined> => {
  const { docs } = await payload.find({ collection: 'wijken', where: { slug: { equals: slug } }, depth: 1, limit: 1, overrideAccess: true })
  return docs[0] as Wijken | undefined
}

/**
 * The snapshot read and converted in full, without the cache (buildSnapshot): the reference the
 * cached snapshot must equal, byte for byte. Null for an unknown wijk.
 */
export const buildSnapshotFromScratch = async (payload: Payload, slug: string, now = new Date()): Promise<WijkSnapshot | null> => {
  const wijk = await findWijk(payload, slug)
  if (!wijk) return null
  const baseUrl = publicCmsUrl()
  const unexpired: Where = { expiresAt: { greater_than: now.toISOString() } }

  const [themes, organisations, events, articles, posts] = await Promise.all([
    findSnapshotDocs<Theme>(payload, 'themes', shownWhere.themes(wijk.id)),
    findSnapshotDocs<Organisation>(payload, 'organisations', shownWhere.organisations(wijk.id)),
    findSnapshotDocs<Event>(payload, 'events', shownWhere.events(wijk.id)),
    findSnapshotDocs<Article>(payload, 'articles', shownWhere.articles(wijk.id)),
    findSnapshotDocs<Post>(payload, 'posts', { and: [shownWhere.posts(wijk.id), unexpired] }),
  ])
  const organisationSlugs = new Set(organisations.map((o) => o.slug))
  const cutoff = eventCutoff(now)

  const snapshot = {
    version: SNAPSHOT_VERSION,
    generatedAt: toAmsterdamIso(now),
    wijk: toWijk(wijk, baseUrl),
    themes: themes.map(toTheme),
    organisations: organisations.map((o) => toOrganisation(o, baseUrl)),
    events: events.filter((e) => eventShownUntil(e) >= cutoff).map((e) => toEvent(e, baseUrl, organisationSlugs)),
    articles: articles.map((a) => toArticle(a, baseUrl)).sort(newestFirst),
    posts: posts.map((p) => toPost(p, baseUrl)).sort(newestFirst),
  }
  const result = wijkSnapshotSchema.safeParse(snapshot)
  if (!result.success) throw new SnapshotInvalidError(result.error.issues)
  return result.data
}
