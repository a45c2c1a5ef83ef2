import type { SnapshotPost, SnapshotWijk } from '@wijk/shared/snapshot'

import { type AgendaItem, buildNow, isOnDay, withinDays } from './agenda'
import { imageUrl } from './articles'
import { absoluteUrl, paths } from './paths'

/** How many occurrences the home page lists per block ("Vandaag", "Deze week"). */
export const HOME_AGENDA_LIMIT = 8
/** How many of the newest buurtkrant articles and prikbord posts the home page shows. */
export const HOME_ARTICLE_COUNT = 3
export const HOME_POST_COUNT = 3

/** Today's occurrences and those of the next six days (from the agenda's items), each capped for the home page. */
export const homeAgenda = (items: readonly AgendaItem[], now = buildNow(), limit = HOME_AGENDA_LIMIT) => {
  const soon = items.filter((item) => withinDays(item, now, 7))
  const today = soon.filter((item) => isOnDay(item, now))
  const week = soon.filter((item) => !isOnDay(item, now))
  return { today: today.slice(0, limit), todayTotal: today.length, week: week.slice(0, limit), weekTotal: week.length }
}

type Post = Omit<SnapshotPost, 'id'> & { id?: string }

/** Prikbord posts that have not expired at build time, newest first (same moment: by title, so every build agrees). */
export const currentPosts = <T extends Post>(posts: T[], now = buildNow()): T[] =>
  posts
    .filter((post) => Date.parse(post.expiresAt) >= now.getTime())
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.title.localeCompare(b.title, 'nl'))

export const POST_KIND_LABELS: Record<SnapshotPost['kind'], string> = { vraag: 'Vraag', aanbod: 'Aanbod' }

/** The site itself, with the search box Google may show (it lands on /zoeken/?q=…). */
export const websiteJsonLd = (wijk: SnapshotWijk, site: URL | string | undefined) => {
  const url = absoluteUrl(paths.home(), site)
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: wijk.name,
    url,
    inLanguage: 'nl-NL',
    // Built by hand: URL() would percent-encode the braces of the placeholder.
    potentialAction: {
      '@type': 'SearchAction',
      target: `${absoluteUrl(paths.search(), site)}?q={search_term_string}`,
      'query-input': 'required name=search_term_string',
    },
  }
}

/** The wijk network as an organisation: name, logo and how to reach the redactie. */
export const wijkOrganizationJsonLd = (wijk: SnapshotWijk, site: URL | string | undefined) => {
  const address = wijk.contact.address
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: wijk.name,
    url: absoluteUrl(paths.home(), site),
    ...(wijk.tagline ? { slogan: wijk.tagline } : {}),
    ...(wijk.logo ? { logo: imageUrl(wijk.logo) } : {}),
    ...(wijk.contact.email ? { email: wijk.contact.email } : {}),
    ...(wijk.contact.phone ? { telephone: wijk.contact.phone } : {}),
    ...(address
      ? {
          address: {
            '@type': 'PostalAddress',
            streetAddress: `${address.street} ${address.houseNumber}`,
            postalCode: address.postcode,
            addressLocality: address.city,
            addressCountry: 'NL',
          },
        }
      : {}),
    areaServed: { '@type': 'Place', name: `${wijk.name}, ${wijk.city}` },
  }
}
