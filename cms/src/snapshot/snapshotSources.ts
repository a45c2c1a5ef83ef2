import type { z } from 'zod'

import { articleSchema, eventSchema, organisationSchema, postSchema, themeSchema } from '@wijk/shared/snapshot'

import type { Article, Event, Organisation, Post, Theme } from '../payload-types'
import { eventCutoff, eventShownUntil } from './eventCutoff'
import type { ShownCollection } from './snapshotQuery'
import { toArticle } from './toArticle'
import { toEvent } from './toEvent'
import { toOrganisation } from './toOrganisation'
import { toPost } from './toPost'
import { toTheme } from './toTheme'

/** Collections whose documents are embedded in other items: organisation and theme slugs, images. */
export const EMBEDDED_COLLECTIONS = ['themes', 'organisations', 'media'] as const
export type EmbeddedCollection = (typeof EMBEDDED_COLLECTIONS)[number]

export type ConversionContext = { baseUrl: string; publishedOrganisationSlugs: () => Set<string> }

/** What the list needs to know of an item besides the item: its place in the list, until when it is shown. */
export type ItemFacts = { id: string; slug: string; publishedAt: number; createdAt: number; shownUntil: number }

/** How one collection's documents become snapshot items, and what those items depend on. */
export type SnapshotSource = {
  collection: ShownCollection
  /** A change to any document of these collections (in any wijk) reconverts this collection in full. */
  embeds: readonly EmbeddedCollection[]
  toItem: (doc: never, context: ConversionContext) => unknown
  schema: z.ZodType
  /** The moment-dependent rules (past events, expired posts), applied per snapshot. */
  shownUntil?: (doc: never) => number
  isShown?: (facts: ItemFacts, now: Date) => boolean
  /** The snapshot's order: the database's sort by slug, then (articles, posts) the stable newest-first sort. */
  compare: (a: ItemFacts, b: ItemFacts) => number
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const bySlug = (a: ItemFacts, b: ItemFacts) => byText(a.slug, b.slug)

/** Newest publication first; equal ones stay in the database's slug order. */
const newestThenSlug = (a: ItemFacts, b: ItemFacts) => b.publishedAt - a.publishedAt || bySlug(a, b)

/** Posts have no slug: the database falls back to its default sort, newest createdAt (then newest row) first. */
const newestThenCreated = (a: ItemFacts, b: ItemFacts) =>
  b.publishedAt - a.publishedAt || b.createdAt - a.createdAt || Number(b.id) - Number(a.id) || byText(b.id, a.id)

export const SNAPSHOT_SOURCES: readonly SnapshotSource[] = [
  { collection: 'themes', embeds: [], toItem: (doc: Theme) => toTheme(doc), schema: themeSchema, compare: bySlug },
  {
    collection: 'organisations',
    embeds: ['themes', 'media'],
    toItem: (doc: Organisation, { baseUrl }) => toOrganisation(doc, baseUrl),
    schema: organisationSchema,
    compare: bySlug,
  },
  {
    collection: 'events',
    embeds: ['organisations', 'themes', 'media'],
    toItem: (doc: Event, { baseUrl, publishedOrganisationSlugs }) => toEvent(doc, baseUrl, publishedOrganisationSlugs()),
    schema: eventSchema,
    shownUntil: (doc: Event) => eventShownUntil(doc),
    isShown: (facts, now) => facts.shownUntil >= eventCutoff(now),
    compare: bySlug,
  },
  {
    collection: 'articles',
    embeds: ['media'],
    toItem: (doc: Article, { baseUrl }) => toArticle(doc, baseUrl),
    schema: articleSchema,
    compare: newestThenSlug,
  },
  {
    collection: 'posts',
    embeds: ['media'],
    toItem: (doc: Post, { baseUrl }) => toPost(doc, baseUrl),
    schema: postSchema,
    // The query's `expiresAt > now`, moved out of the query.
    shownUntil: (doc: Post) => new Date(doc.expiresAt).getTime(),
    isShown: (facts, now) => facts.shownUntil > now.getTime(),
    compare: newestThenCreated,
  },
]
