import type { EventCategory } from '@wijk/shared/eventCategories'

/**
 * Plain data shapes for demo content. The seed script maps these onto the
 * Payload collections; generators in this folder only produce them (no I/O).
 */

/** Dutch street address; postcode in "3024 AB" form. */
export type SeedAddress = { street: string; houseNumber: string; postcode: string; city: string }
export type SeedGeo = { lat: number; lng: number }
export type SeedTheme = { slug: string; name: string; description: string }

export type SeedOrganisation = {
  /** Stable unique key, used for references. */
  key: string
  name: string
  kind: 'organisatie' | 'initiatief'
  /** One short sentence in plain Dutch (B1), at most ~140 characters. */
  summary: string
  /** 2–3 short paragraphs. */
  description: string[]
  /** Theme slugs (1–3). */
  themes: string[]
  /** 2–4 things they offer, e.g. "Gratis taalles op dinsdag". */
  offers: string[]
  contactPerson: { name: string; role: string }
  address: SeedAddress
  geo: SeedGeo
  contact: { email: string; phone: string; website?: string; whatsapp?: string }
  openingHours: { days: string; hours: string }[]
}

export { EVENT_CATEGORIES, type EventCategory } from '@wijk/shared/eventCategories'

export type SeedEvent = {
  key: string
  title: string
  summary: string
  description: string[]
  category: EventCategory
  themes: string[]
  /** The host organisation; the place is that organisation's address unless `address` is set. */
  organisationKey: string | null
  /** A different place (e.g. a park, a church hall). */
  address: SeedAddress | null
  placeName: string | null
  /** Amsterdam wall time "YYYY-MM-DDTHH:mm" (no offset). */
  start: string
  durationMinutes: number
  /** RRULE without DTSTART, e.g. "FREQ=WEEKLY;BYDAY=TU". */
  rule: string | null
  /** "YYYY-MM-DD" local dates that are skipped. */
  exceptions: string[]
  /** null = unknown, 0 = gratis. */
  priceCents: number | null
  /** e.g. "€ 3,50, kinderen gratis". */
  priceNote: string | null
  onlineUrl: string | null
  /** e.g. "Aanmelden niet nodig, loop gerust binnen." */
  howToJoin: string
}

export type SeedArticle = { key: string; title: string; lead: string; body: string[]; authorName: string; publishedDaysAgo: number }

export type SeedPost = {
  key: string
  kind: 'vraag' | 'aanbod'
  title: string
  body: string
  authorName: string
  createdDaysAgo: number
  expiresInDays: number
}

export type SeedWijk = {
  slug: string
  name: string
  domain: string
  tagline: string
  city: string
  /** Hex colours; warm, and primary has at least 4.5:1 contrast against white text. */
  colors: { primary: string; accent: string }
  contact: { email: string; phone: string; address: SeedAddress }
  themes: SeedTheme[]
  organisations: SeedOrganisation[]
  events: SeedEvent[]
  articles: SeedArticle[]
  posts: SeedPost[]
}

/** A calendar date; `anchor` is the Monday of the current week in Amsterdam. */
export type SeedAnchor = { year: number; month: number; day: number }
