import type { CollectionSlug, Payload, Where } from 'payload'

import { toAmsterdamIso } from '@wijk/shared/time'
import { SNAPSHOT_VERSION, type WijkSnapshot, wijkSnapshotSchema } from '@wijk/shared/snapshot'

import { publicCmsUrl } from '../env'
import type { Article, Event, Organisation, Post, Theme, Wijken } from '../payload-types'
import { toArticle } from './toArticle'
import { toEvent } from './toEvent'
import { toOrganisation } from './toOrganisation'
import { toPost } from './toPost'
import { toWijk } from './toWijk'

export class SnapshotInvalidError extends Error {
  constructor(public readonly issues: unknown) {
    super('The snapshot does not match the shared schema; nothing was sent.')
  }
}

/** Past one-off events older than this stay out of the snapshot; the site shows what is coming. */
const PAST_EVENTS_KEPT_DAYS = 31

const newestFirst = (a: { publishedAt: string }, b: { publishedAt: string }) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt)

const findAll = async <T>(payload: Payload, collection: CollectionSlug, where: Where): Promise<T[]> => {
  const { docs } = await payload.find({
    collection,
    where,
    depth: 1,
    pagination: false,
    overrideAccess: true,
    sort: 'slug',
    populate: { organisations: { slug: true }, themes: { slug: true } },
  })
  return docs as T[]
}

const isCurrent = (event: Event, cutoff: number) =>
  Boolean(event.recurrence?.rule?.trim()) || new Date(event.endsAt ?? event.startsAt).getTime() >= cutoff

/** All published content of one wijk, validated against the shared schema. Null for an unknown wijk. */
export const buildSnapshot = async (payload: Payload, slug: string, now = new Date()): Promise<WijkSnapshot | null> => {
  const { docs } = await payload.find({ collection: 'wijken', where: { slug: { equals: slug } }, depth: 1, limit: 1, overrideAccess: true })
  const wijk = docs[0] as Wijken | undefined
  if (!wijk) return null
  const inWijk: Where = { tenant: { equals: wijk.id } }
  const published: Where = { and: [inWijk, { _status: { equals: 'published' } }] }
  const baseUrl = publicCmsUrl()

  const [themes, organisations, events, articles, posts] = await Promise.all([
    findAll<Theme>(payload, 'themes', inWijk),
    findAll<Organisation>(payload, 'organisations', published),
    findAll<Event>(payload, 'events', published),
    findAll<Article>(payload, 'articles', { and: [published, { editorialStatus: { equals: 'published' } }] }),
    findAll<Post>(payload, 'posts', {
      and: [inWijk, { editorialStatus: { equals: 'published' } }, { closed: { not_equals: true } }, { expiresAt: { greater_than: now.toISOString() } }],
    }),
  ])
  const organisationSlugs = new Set(organisations.map((o) => o.slug))
  const cutoff = now.getTime() - PAST_EVENTS_KEPT_DAYS * 86_400_000

  const snapshot = {
    version: SNAPSHOT_VERSION,
    generatedAt: toAmsterdamIso(now),
    wijk: toWijk(wijk, baseUrl),
    themes: themes.map((t) => ({ id: String(t.id), slug: t.slug, name: t.name, description: t.description ?? '' })),
    organisations: organisations.map((o) => toOrganisation(o, baseUrl)),
    events: events.filter((e) => isCurrent(e, cutoff)).map((e) => toEvent(e, baseUrl, organisationSlugs)),
    articles: articles.map((a) => toArticle(a, baseUrl)).sort(newestFirst),
    posts: posts.map((p) => toPost(p, baseUrl)).sort(newestFirst),
  }
  const result = wijkSnapshotSchema.safeParse(snapshot)
  if (!result.success) throw new SnapshotInvalidError(result.error.issues)
  return result.data
}
