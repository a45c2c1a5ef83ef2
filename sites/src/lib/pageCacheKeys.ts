import { createHash } from 'node:crypto'

import type { SnapshotArticle, SnapshotEvent, SnapshotOrganisation } from '@wijk/shared/snapshot'
import { startOfAmsterdamDay } from '@wijk/shared/time'

import { type AgendaItem, buildNow } from './agenda'
import { cmsUrl } from './cmsUrl'
import { getAgendaItemsByOrganisation, getHosts } from './events'
import { once } from './once'
import { getThemes } from './organisationData'
import { getWijk } from './wijk'

/**
 * `cacheKey`s for Astro's incremental build: a detail page is re-rendered only when something it
 * shows changed. Each key covers the page's own digest, the digests of what it borrows from other
 * documents, and what every page shows (the wijk, the theme names, and today's date, because next
 * dates and "vandaag" move at midnight).
 */
export const hash = (...parts: readonly string[]) => createHash('sha256').update(parts.join('\0')).digest('base64url').slice(0, 22)

// The CMS's address too: event and organisation pages carry a form that posts to it.
export const everyPageKey = once(async () =>
  hash(JSON.stringify(await getWijk()), JSON.stringify(await getThemes()), startOfAmsterdamDay(buildNow()).toISOString(), cmsUrl()),
)

export const eventPageKey = async (event: SnapshotEvent) => {
  const host = event.organisation ? (await getHosts()).get(event.organisation) : undefined
  return hash(await everyPageKey(), event.digest, JSON.stringify(host ?? null))
}

export const organisationPageKey = async (organisation: Pick<SnapshotOrganisation, 'slug' | 'digest'>) => {
  const items = (await getAgendaItemsByOrganisation()).get(organisation.slug) ?? []
  return hash(await everyPageKey(), organisation.digest, ...items.map((item) => `${item.event.digest}@${item.start}`))
}

/** An article page also links to a few other recent stories. */
export const articlePageKey = async (article: Pick<SnapshotArticle, 'digest'>, others: readonly Pick<SnapshotArticle, 'digest'>[]) =>
  hash(await everyPageKey(), article.digest, ...others.map((other) => other.digest))

/** Each occurrence a page lists: the event's content at that start. */
export const occurrencesShown = (items: readonly AgendaItem[]) => items.map((item) => `${item.event.digest}@${item.start}`)

/** The names and addresses of the events' hosts, once per host, for pages that show them. */
export const hostsShown = async (events: Iterable<Pick<SnapshotEvent, 'organisation'>>) => {
  const hosts = await getHosts()
  const slugs = new Set<string>()
  for (const event of events) slugs.add(event.organisation ?? '')
  return [...slugs].map((slug) => JSON.stringify(hosts.get(slug) ?? null))
}

/** A print sheet shows its occurrences and their hosts' names and addresses. */
export const printSheetKey = async (sheet: { path: string; items: readonly AgendaItem[] }) =>
  hash(await everyPageKey(), sheet.path, ...occurrencesShown(sheet.items), ...(await hostsShown(sheet.items.map((item) => item.event))))
