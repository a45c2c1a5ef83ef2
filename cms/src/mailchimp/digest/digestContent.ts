import type { EventHost } from '@wijk/shared/eventPlace'
import type { AmsterdamWeek } from '@wijk/shared/isoWeek'
import type { SnapshotEvent, WijkSnapshot } from '@wijk/shared/snapshot'

import { eventPlace, streetLine } from '@wijk/shared/eventPlace'
import { expandOccurrences } from '@wijk/shared/recurrence'
import { sitePaths } from '@wijk/shared/sitePaths'
import { amsterdamDateKey } from '@wijk/shared/time'

/** How many of the newest buurtkrant articles a digest shows. */
const DIGEST_ARTICLES = 3

type DigestItem = {
  /** ISO start of this occurrence, Amsterdam offset. */
  start: string
  /** "18:00 – 20:00" */
  time: string
  title: string
  place: string | null
  url: string
  cancelled: boolean
}
type DigestDay = { day: string; label: string; items: DigestItem[] }
type DigestArticle = { title: string; lead: string; url: string }

/** Everything one week's digest says, before it becomes HTML or plain text. */
export type Digest = {
  wijk: { name: string; siteUrl: string; colour: string; email: string | null }
  week: AmsterdamWeek
  /** Campaign settings. `title` is the internal name in Mailchimp, one per wijk and week. */
  subject: string
  previewText: string
  title: string
  agendaUrl: string
  articlesUrl: string
  days: DigestDay[]
  articles: DigestArticle[]
  occurrenceCount: number
}

const TIME = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' })
const DAY = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })
const DAY_MONTH = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', timeZone: 'UTC' })

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
const noon = (day: string) => new Date(`${day}T12:00:00Z`)

/** "Maandag 7 december" */
const dayLabel = (day: string) => capitalise(DAY.format(noon(day)))

/** "7 t/m 13 december", "28 december t/m 3 januari" */
export const weekRange = (week: AmsterdamWeek) => {
  const [d1, m1] = DAY_MONTH.format(noon(week.firstDay)).split(' ')
  const last = DAY_MONTH.format(noon(week.lastDay))
  return m1 === last.split(' ')[1] ? `${d1} t/m ${last}` : `${d1} ${m1} t/m ${last}`
}

const timeRange = (start: string, end: string) => `${TIME.format(new Date(start))} – ${TIME.format(new Date(end))}`

/**
 * Where an event is, by the site's rule (@wijk/shared/eventPlace: without a place or address of its
 * own it is at its host's, unless it is only online), written short for a mail: "Grote zaal, Schiedamseweg 63a".
 */
const placeLine = (event: SnapshotEvent, host: EventHost | null): string | null => {
  const { name, address, onlineUrl } = eventPlace(event, host)
  const street = address ? streetLine(address) : ''
  if (name && street) return `${name}, ${street}`
  return name || street || (onlineUrl ? 'Online' : null)
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/**
 * The week's occurrences (recurring events expanded, Europe/Amsterdam), grouped per day in order
 * of start, and the newest buurtkrant articles, all linking to the wijk's own site. Something that
 * began before Monday and still runs is listed under Monday.
 */
export const buildDigest = (snapshot: WijkSnapshot, week: AmsterdamWeek): Digest => {
  const { wijk } = snapshot
  const link = (path: string) => new URL(path, wijk.siteUrl).toString()
  const hosts = new Map(snapshot.organisations.map(({ slug, name, address }): [string, EventHost] => [slug, { slug, name, address }]))
  const occurrences = snapshot.events
    .flatMap((event) => expandOccurrences(event, { from: week.from, to: week.to }).map((o) => ({ event, ...o })))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.event.title.localeCompare(b.event.title, 'nl'))
  const days = new Map<string, DigestItem[]>()
  for (const { event, start, end } of occurrences) {
    const startDay = amsterdamDateKey(new Date(start))
    const day = startDay < week.firstDay ? week.firstDay : startDay
    const items = days.get(day) ?? []
    items.push({
      start,
      time: timeRange(start, end),
      title: event.title,
      place: placeLine(event, event.organisation ? (hosts.get(event.organisation) ?? null) : null),
      url: link(sitePaths.event(event.slug)),
      cancelled: event.status === 'cancelled',
    })
    days.set(day, items)
  }
  const articles = [...snapshot.articles]
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    .slice(0, DIGEST_ARTICLES)
    .map((a) => ({ title: a.title, lead: a.lead, url: link(sitePaths.article(a.slug)) }))
  const range = weekRange(week)
  return {
    wijk: { name: wijk.name, siteUrl: wijk.siteUrl, colour: wijk.colors.primary, email: wijk.contact.email },
    week,
    subject: `Deze week in ${wijk.name}`,
    previewText: `${plural(occurrences.length, 'activiteit', 'activiteiten')} van ${range}${articles.length ? ' en nieuws uit de buurtkrant' : ''}.`,
    title: `Weekagenda ${wijk.name} ${week.key}`,
    agendaUrl: link(sitePaths.agenda()),
    articlesUrl: link(sitePaths.articles()),
    days: [...days].map(([day, items]) => ({ day, label: dayLabel(day), items })),
    articles,
    occurrenceCount: occurrences.length,
  }
}
