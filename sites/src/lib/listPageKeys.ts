import type { EventCategory, SnapshotEvent } from '@wijk/shared/snapshot'

import { getCollection } from 'astro:content'

import type { AgendaItem } from './agenda'
import type { Org, Theme } from './organisation'
import { getOrganisations } from './organisationData'
import { everyPageKey, hash, hostsShown, occurrencesShown } from './pageCacheKeys'

/**
 * `cacheKey`s for the agenda's and the themes' list pages (see pageCacheKeys.ts for the detail
 * pages): each covers exactly what the page lists, so an edited event re-renders only the lists it
 * is on. Everything else a list shows (the wijk, theme names, today's date for "vandaag" and for
 * what has passed) is in everyPageKey.
 */

/** A month page lists the month's occurrences with their hosts' names, and links to the months before and after. */
export const monthPageKey = async (page: { month: string; items: readonly AgendaItem[]; previous: string | null; next: string | null }) =>
  hash(
    await everyPageKey(),
    'month',
    page.month,
    page.previous ?? '',
    page.next ?? '',
    ...occurrencesShown(page.items),
    ...(await hostsShown(page.items.map((item) => item.event))),
  )

/**
 * A category page lists the category's occurrences with their hosts' names, links to the other
 * categories that have events, and to the category's print sheet when it has one.
 */
export const categoryPageKey = async (page: {
  category: EventCategory
  items: readonly AgendaItem[]
  categories: readonly EventCategory[]
  printPath: string
}) =>
  hash(
    await everyPageKey(),
    'category',
    page.category,
    page.categories.join(','),
    page.printPath,
    ...occurrencesShown(page.items),
    ...(await hostsShown(page.items.map((item) => item.event))),
  )

/** A category's iCal feed has each of its events (whether it is still to come is a matter of today's date) with its host's address. */
export const categoryFeedKey = async (category: EventCategory, events: readonly SnapshotEvent[]) =>
  hash(await everyPageKey(), 'feed', category, ...events.map((event) => event.digest), ...(await hostsShown(events)))

/** A theme page shows its organisations' cards and the next date of a few of its activities (no hosts). */
export const themePageKey = async (page: { theme: Theme; organisations: readonly Org[]; upcoming: readonly AgendaItem[] }) =>
  hash(await everyPageKey(), 'theme', page.theme.slug, ...page.organisations.map((organisation) => organisation.digest), '', ...occurrencesShown(page.upcoming))

/**
 * Pages without parameters get no cacheKey from Astro (a build always renders them), but the warm
 * renderer takes one from a page's `export const cacheKey` (builder/render/warm/sitePages.ts). These
 * are for single pages that list only articles, or only organisations (with the theme names in
 * everyPageKey): an edited event leaves them alone.
 */
export const articlesPageKey = async () => hash(await everyPageKey(), 'articles', ...(await getCollection('articles')).map((article) => article.data.digest))

export const organisationsPageKey = async () =>
  hash(await everyPageKey(), 'organisations', ...(await getOrganisations()).map((organisation) => organisation.digest))
