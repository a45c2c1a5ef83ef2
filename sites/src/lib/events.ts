import type { EventCategory, SnapshotEvent } from '@wijk/shared/snapshot'
import type { EventHost } from '@wijk/shared/eventPlace'

import { getCollection } from 'astro:content'

import { expandOccurrences } from '@wijk/shared/recurrence'
import { addAmsterdamDays, startOfAmsterdamDay } from '@wijk/shared/time'

import { type AgendaItem, agendaWindow, buildNow, CATEGORY_LABELS, groupBy, occurrences, withinDays } from './agenda'
import { once } from './once'

/**
 * Every event of the wijk. Collection entries are keyed by slug; the CMS id (which never changes, so
 * it makes a stable iCal UID) comes along as `cmsId` (content.config.ts).
 */
export const getEvents: () => Promise<readonly SnapshotEvent[]> = once(async () =>
  (await getCollection('events')).map(({ data: { cmsId, ...event } }) => ({ ...event, id: cmsId })),
)

/** Every occurrence in the agenda window, expanded once per build (the agenda, category and month pages share it). */
export const getAgendaItems: () => Promise<readonly AgendaItem[]> = once(async () => occurrences(await getEvents(), agendaWindow()))

/** The agenda items per hosting organisation's slug, in date order. */
export const getAgendaItemsByOrganisation: () => Promise<ReadonlyMap<string, readonly AgendaItem[]>> = once(
  async () => new Map(groupBy(await getAgendaItems(), (item) => item.event.organisation ?? '')),
)

/** Hosting organisations by slug. */
export const getHosts: () => Promise<ReadonlyMap<string, EventHost>> = once(async () => {
  const organisations = await getCollection('organisations')
  return new Map(organisations.map(({ id, data }) => [id, { slug: id, name: data.name, address: data.address }]))
})

export const hostOf = (event: SnapshotEvent, hosts: ReadonlyMap<string, EventHost>) => (event.organisation ? (hosts.get(event.organisation) ?? null) : null)

/** Categories that have at least one event, in the order of CATEGORY_LABELS. */
export const usedCategories = (events: readonly SnapshotEvent[]): EventCategory[] =>
  (Object.keys(CATEGORY_LABELS) as EventCategory[]).filter((c) => events.some((e) => e.category === c))

/** The occurrences of one category, or all of them (null), in agenda order. */
export const itemsOfCategory = (items: readonly AgendaItem[], category: EventCategory | null): AgendaItem[] =>
  category ? items.filter((item) => item.event.category === category) : [...items]

/** The events of one category, in snapshot order (its iCal feed). */
export const eventsOfCategory = (events: readonly SnapshotEvent[], category: EventCategory): SnapshotEvent[] => events.filter((e) => e.category === category)

export const isCategory = (value: string | undefined): value is EventCategory => value !== undefined && value in CATEGORY_LABELS

/** How far ahead an event page looks for its next dates (the agenda itself shows 8 weeks). */
const EVENT_PAGE_DAYS = 366
/** How many dates an event page shows. */
const EVENT_PAGE_DATES = 8

/** The next dates of one event from today on, for its own page (an ongoing one counts). */
export function upcomingOccurrences(event: SnapshotEvent, now = buildNow()) {
  const from = startOfAmsterdamDay(now)
  return expandOccurrences(event, { from, to: addAmsterdamDays(from, EVENT_PAGE_DAYS), limit: EVENT_PAGE_DATES })
}

export type AgendaSections = { today: AgendaItem[]; thisWeek: AgendaItem[]; later: AgendaItem[] }

/** "Vandaag" (anything on today, also if it started earlier), "Deze week" (the next 6 days), "Later". */
export function agendaSections(items: AgendaItem[], now = buildNow()): AgendaSections {
  const today = startOfAmsterdamDay(now)
  const tomorrow = addAmsterdamDays(today, 1).getTime()
  return {
    today: items.filter((i) => Date.parse(i.start) < tomorrow),
    thisWeek: items.filter((i) => Date.parse(i.start) >= tomorrow && withinDays(i, today, 7)),
    later: items.filter((i) => !withinDays(i, today, 7)),
  }
}
