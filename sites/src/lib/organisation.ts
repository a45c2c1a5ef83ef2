import type { Geo, SnapshotOrganisation, SnapshotTheme } from '@wijk/shared/snapshot'

import type { AgendaItem } from './agenda'

/** Collection entries carry the slug as id and no CMS id; these helpers accept both shapes. */
export type Org = Omit<SnapshotOrganisation, 'id'>
export type Theme = Omit<SnapshotTheme, 'id'>

export const KIND_LABELS: Record<Org['kind'], string> = {
  organisatie: 'Organisatie',
  initiatief: 'Bewonersinitiatief',
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true })
export const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name)

/** Looks up the themes of an item, in the order the editor gave them; unknown slugs are dropped. */
export const themesOf = (slugs: readonly string[], themes: readonly Theme[]): Theme[] => slugs.flatMap((slug) => themes.filter((theme) => theme.slug === slug))

/**
 * The letter an organisation is listed under. Accents are dropped ("Één" under E) and
 * anything that is not a letter (a digit, a quote) goes under "#", so every name has a group.
 */
const letterOf = (name: string): string => {
  const first = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .charAt(0)
    .toUpperCase()
  return /^[A-Z]$/.test(first) ? first : '#'
}

/** Organisations (already sorted by name) grouped by their letter, "#" first. */
export const byLetter = <T extends { name: string }>(items: readonly T[]): [string, T[]][] => {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const letter = letterOf(item.name)
    groups.set(letter, [...(groups.get(letter) ?? []), item])
  }
  return [...groups].sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b)))
}

/**
 * A Dutch phone number in the international digits wa.me wants: "+31 6 1234 5678",
 * "0031 6…" and "06-1234 5678" all become "31612345678". Null when nothing usable is left.
 */
export const whatsappUrl = (number: string): string | null => {
  let digits = number.replace(/[^0-9+]/g, '')
  if (digits.startsWith('+')) digits = digits.slice(1)
  else if (digits.startsWith('00')) digits = digits.slice(2)
  else if (digits.startsWith('0')) digits = `31${digits.slice(1)}`
  digits = digits.replace(/\D/g, '')
  return digits.length >= 8 ? `https://wa.me/${digits}` : null
}

/** tel: links must not contain spaces or dashes; a leading + is kept. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^+0-9]/g, '')}`

export const osmUrl = (geo: Geo) => `https://www.openstreetmap.org/?mlat=${geo.lat}&mlon=${geo.lng}#map=18/${geo.lat}/${geo.lng}`

/** "www.example.nl" for a link text; readers recognise a host name, not a full URL. */
export const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '')

const DAYS: Record<string, string> = {
  ma: 'maandag',
  di: 'dinsdag',
  wo: 'woensdag',
  do: 'donderdag',
  vr: 'vrijdag',
  za: 'zaterdag',
  zo: 'zondag',
}

/** Editors write "ma t/m vr"; written out ("maandag tot en met vrijdag") it is easier to read. */
export const spellOutDays = (days: string): string =>
  days.replace(/\bt\/m\b/gi, 'tot en met').replace(/\b(ma|di|wo|do|vr|za|zo)\b\.?/gi, (word: string) => DAYS[word.replace('.', '').toLowerCase()] ?? word)

/** The next `limit` agenda items this organisation hosts (from the build's agenda items, grouped by host). */
export const upcomingFor = (slug: string, itemsByOrganisation: ReadonlyMap<string, readonly AgendaItem[]>, limit = 6): AgendaItem[] =>
  (itemsByOrganisation.get(slug) ?? []).slice(0, limit)

/**
 * One line per activity (its next date), so a weekly activity does not push everything else
 * off a theme page.
 */
export const nextPerEvent = (items: readonly AgendaItem[], limit = 8): AgendaItem[] => {
  const seen = new Set<string>()
  return items.filter((item) => !seen.has(item.event.slug) && seen.add(item.event.slug)).slice(0, limit)
}
