/** Turns a compact event description with a relative schedule into a SeedEvent. */
import { schedule, type When } from './calendar'
import type { EventCategory, SeedAddress, SeedAnchor, SeedEvent } from './types'

export type EventSpec = {
  key: string
  title: string
  summary: string
  description: string[]
  category: EventCategory
  /** Defaults to the category's usual themes. */
  themes?: string[]
  org: string | null
  /** Elsewhere (`address`, or the address of organisation `atOrg`), or just a room name at the host. */
  place?: { name: string; address?: SeedAddress; atOrg?: string } | null
  when: When
  time: string
  minutes: number
  price: number | null
  /** Defaults to "Gratis" or the formatted price. */
  priceNote?: string
  onlineUrl?: string
  join: string
}

const CATEGORY_THEMES: Record<EventCategory, string[]> = {
  buurtmaaltijd: ['eten', 'ontmoeting'],
  ontmoeting: ['ontmoeting'],
  beweging: ['beweging'],
  cursus: ['taal'],
  cultuur: ['cultuur'],
  jeugd: ['jeugd'],
  spreekuur: ['werk-en-geld'],
  vrijwilligerswerk: ['vrijwilligers'],
}

/** 350 → "€ 3,50", 500 → "€ 5". */
const euro = (cents: number): string => (cents % 100 === 0 ? `€ ${cents / 100}` : `€ ${(cents / 100).toFixed(2).replace('.', ',')}`)

const defaultPriceNote = (cents: number | null): string | null => (cents === null ? null : cents === 0 ? 'Gratis' : euro(cents))

export type AddressLookup = (organisationKey: string) => SeedAddress | undefined

export function buildEvent(spec: EventSpec, monday: SeedAnchor, addressOf: AddressLookup = () => undefined): SeedEvent {
  const { start, rule, exceptions } = schedule(monday, spec.when, spec.time)
  const atOrg = spec.place?.atOrg
  const elsewhere = atOrg ? addressOf(atOrg) : spec.place?.address
  if (atOrg && !elsewhere) throw new Error(`Unknown place organisation "${atOrg}" for ${spec.key}`)
  return {
    key: spec.key,
    title: spec.title,
    summary: spec.summary,
    description: spec.description,
    category: spec.category,
    themes: spec.themes ?? CATEGORY_THEMES[spec.category],
    organisationKey: spec.org,
    address: elsewhere ? { ...elsewhere } : null,
    placeName: spec.place?.name ?? null,
    start,
    durationMinutes: spec.minutes,
    rule,
    exceptions,
    priceCents: spec.price,
    priceNote: spec.priceNote ?? defaultPriceNote(spec.price),
    onlineUrl: spec.onlineUrl ?? null,
    howToJoin: spec.join,
  }
}
