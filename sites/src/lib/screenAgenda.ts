import { EVENT_CATEGORY_LABELS, type EventCategory } from '@wijk/shared/eventCategories'
import { addAmsterdamDays, amsterdamDateKey, startOfAmsterdamDay } from '@wijk/shared/time'

/**
 * Screen mode (/scherm/): the feed the build writes to /scherm/agenda.json, and what a screen shows
 * from it at a given moment. Pure and free of Astro, so the page's script runs the same code in the
 * browser with the browser's own clock (the day rolls over at midnight without a rebuild), and the
 * build uses it for the list a screen without JavaScript shows.
 */

/** Bumped when the feed changes shape, so a script never misreads a feed it does not know. */
export const SCREEN_FEED_FORMAT = 1
/** Days ahead in the feed: the week a screen shows, plus a week of slack when rebuilds stop. */
export const SCREEN_FEED_DAYS = 15
/** "Vandaag" plus "Deze week" (the next six days), as on /agenda/. */
const SCREEN_DAYS = 7

/** One occurrence as a screen needs it: nothing more, a big wijk has over a thousand in the feed. */
export type ScreenActivity = {
  title: string
  /** ISO 8601 with the Amsterdam offset. */
  start: string
  end: string
  /** The place's name, else the hosting organisation's. */
  place: string | null
  category: EventCategory
  /** Slug of the hosting organisation. */
  organisation: string | null
  /** The event's page on this site. */
  url: string
  cancelled: boolean
}

export type ScreenFeed = {
  format: typeof SCREEN_FEED_FORMAT
  generatedAt: string
  /** Every organisation of the wijk, slug → name: to name the filtered one, and to tell a typo from a quiet week. */
  organisations: Record<string, string>
  /** Sorted by start. */
  activities: ScreenActivity[]
}

/** Limits from the address, e.g. /scherm/?categorie=buurtmaaltijd&organisatie=buurthuis-de-kookpot */
export type ScreenFilter = { category: string | null; organisation: string | null }

export const SCREEN_PARAMS = { category: 'categorie', organisation: 'organisatie' } as const

export const screenFilterFrom = (search: string): ScreenFilter => {
  const params = new URLSearchParams(search)
  const value = (name: string) => params.get(name)?.trim().toLowerCase() || null
  return { category: value(SCREEN_PARAMS.category), organisation: value(SCREEN_PARAMS.organisation) }
}

const isEventCategory = (value: string): value is EventCategory => Object.hasOwn(EVENT_CATEGORY_LABELS, value)

/** One Dutch sentence per filter value that names nothing; empty when the filter is fine. */
export const filterProblems = (filter: ScreenFilter, organisations: Record<string, string>): string[] => [
  ...(filter.category && !isEventCategory(filter.category)
    ? [`Er is geen soort activiteit “${filter.category}”. Kies een van deze: ${Object.keys(EVENT_CATEGORY_LABELS).join(', ')}.`]
    : []),
  ...(filter.organisation && !Object.hasOwn(organisations, filter.organisation)
    ? [`Er is geen organisatie “${filter.organisation}” op deze site. Gebruik het laatste stuk van het adres van haar pagina.`]
    : []),
]

/** What the screen is limited to, in words ("Buurtmaaltijd · Buurthuis De Kookpot"), or null. */
export const filterLabel = (filter: ScreenFilter, organisations: Record<string, string>): string | null => {
  const parts = [
    filter.category && isEventCategory(filter.category) ? EVENT_CATEGORY_LABELS[filter.category] : null,
    filter.organisation ? (organisations[filter.organisation] ?? null) : null,
  ].filter((part): part is string => part !== null)
  return parts.length ? parts.join(' · ') : null
}

export const matchesFilter = (activity: ScreenActivity, filter: ScreenFilter) =>
  (!filter.category || activity.category === filter.category) && (!filter.organisation || activity.organisation === filter.organisation)

export type ScreenSections = {
  /** Today's date in Amsterdam ("2026-11-24"): when it changes, the screen starts over. */
  dayKey: string
  /** Today's activities that have not ended yet (also one that started yesterday). */
  today: ScreenActivity[]
  /** The six days after today. */
  week: ScreenActivity[]
  /** The same, per day ("2026-11-25") in order; days without activities are left out. */
  weekDays: [string, ScreenActivity[]][]
}

/** What a screen shows at `now`, on the Amsterdam clock whatever the device's time zone. */
export const screenSections = (activities: readonly ScreenActivity[], now: Date): ScreenSections => {
  const today = startOfAmsterdamDay(now)
  const tomorrow = addAmsterdamDays(today, 1).getTime()
  const weekEnd = addAmsterdamDays(today, SCREEN_DAYS).getTime()
  const time = now.getTime()
  const week = activities.filter((a) => Date.parse(a.start) >= tomorrow && Date.parse(a.start) < weekEnd)
  return {
    dayKey: amsterdamDateKey(now),
    today: activities.filter((a) => Date.parse(a.start) < tomorrow && Date.parse(a.end) > time),
    week,
    weekDays: byDay(week),
  }
}

const byDay = (activities: readonly ScreenActivity[]): [string, ScreenActivity[]][] => {
  const days = new Map<string, ScreenActivity[]>()
  for (const activity of activities) {
    const day = amsterdamDateKey(new Date(activity.start))
    const list = days.get(day)
    if (list) list.push(activity)
    else days.set(day, [activity])
  }
  return [...days]
}

export const isOngoing = (activity: ScreenActivity, now: Date) => Date.parse(activity.start) <= now.getTime() && now.getTime() < Date.parse(activity.end)

const isText = (value: unknown): value is string => typeof value === 'string'
const isTextOrNull = (value: unknown) => value === null || isText(value)
const isInstant = (value: unknown) => isText(value) && !Number.isNaN(Date.parse(value))

const isScreenActivity = (value: unknown): value is ScreenActivity => {
  if (typeof value !== 'object' || value === null) return false
  const a = value as Record<string, unknown>
  return (
    isText(a.title) &&
    isInstant(a.start) &&
    isInstant(a.end) &&
    isTextOrNull(a.place) &&
    isText(a.category) &&
    isEventCategory(a.category) &&
    isTextOrNull(a.organisation) &&
    isText(a.url) &&
    typeof a.cancelled === 'boolean'
  )
}

/**
 * Whether fetched JSON is a feed this script can show. Anything else (a captive portal's page, a
 * half-written file, a newer format) is treated like a failed fetch: the screen keeps what it has.
 */
export const isScreenFeed = (value: unknown): value is ScreenFeed => {
  if (typeof value !== 'object' || value === null) return false
  const feed = value as Record<string, unknown>
  return (
    feed.format === SCREEN_FEED_FORMAT &&
    isInstant(feed.generatedAt) &&
    typeof feed.organisations === 'object' &&
    feed.organisations !== null &&
    Array.isArray(feed.activities) &&
    feed.activities.every(isScreenActivity)
  )
}
