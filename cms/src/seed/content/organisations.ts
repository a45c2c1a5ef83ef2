/** Turns a short organisation entry (name, kind, street, one-line summary) into a full SeedOrganisation. */
import { CLOSING_LINES, PROFILES, type OrgProfile, type ProfileKey } from './orgProfiles'
import { address, emailFor, geoNear, locative, personName, phone, websiteFor, whatsapp, type Box, type Street } from './places'
import { createRng } from './random'
import type { SeedOrganisation } from './types'

export type OrgEntry = {
  key: string
  name: string
  profile: ProfileKey
  street: string
  /** Defaults to the first sentence of the generated description. */
  summary?: string
  kind?: SeedOrganisation['kind']
  /** Replaces the profile's themes. */
  themes?: string[]
  /** Added to the profile's themes. */
  extraTheme?: string
  offers?: string[]
  description?: string[]
}

export type OrgSetting = {
  wijk: string
  city: string
  areaCode: string
  streets: ReadonlyMap<string, Street>
  box: Box
  /** Scatter around the street's middle, in degrees latitude. */
  spread?: number
}

const firstSentence = (text: string): string => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text

export function buildOrganisation(entry: OrgEntry, setting: OrgSetting): SeedOrganisation {
  const profile: OrgProfile = PROFILES[entry.profile]
  const street = setting.streets.get(entry.street)
  if (!street) throw new Error(`Unknown street "${entry.street}" for ${entry.key}`)
  const rng = createRng(`org:${setting.wijk}:${entry.key}`)
  const context = { name: entry.name, area: street.area, at: locative(street.name), wijk: setting.wijk }

  const description = entry.description ?? [rng.pick(profile.intro)(context), rng.pick(profile.more), ...(rng.chance(0.6) ? [rng.pick(CLOSING_LINES)] : [])]
  const kind = entry.kind ?? profile.kind
  const themes = entry.themes ?? [...new Set([...profile.themes, ...(entry.extraTheme ? [entry.extraTheme] : [])])].slice(0, 3)
  const offers = entry.offers ?? rng.sample(profile.offers, rng.int(2, Math.min(4, profile.offers.length)))
  const contactPerson = { name: personName(rng), role: rng.pick(profile.roles) }
  const place = address(rng, street, setting.city)
  const geo = geoNear(rng, street, setting.box, setting.spread)

  const contact: SeedOrganisation['contact'] = {
    email: emailFor(kind === 'initiatief' ? 'hallo' : 'info', entry.key),
    phone: phone(rng, setting.areaCode),
  }
  if (kind === 'organisatie' || rng.chance(0.4)) contact.website = websiteFor(entry.key)
  if (kind === 'initiatief' || rng.chance(0.3)) contact.whatsapp = whatsapp(rng)

  return {
    key: entry.key,
    name: entry.name,
    kind,
    summary: entry.summary ?? firstSentence(description[0] ?? entry.name),
    description,
    themes,
    offers,
    contactPerson,
    address: place,
    geo,
    contact,
    openingHours: rng.pick(profile.hours).map((h) => ({ ...h })),
  }
}
