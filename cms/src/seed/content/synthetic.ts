/**
 * Synthetic wijken for benchmarks: any number of unique organisations, events,
 * articles and posts, built deterministically from word lists. Names come
 * from a scrambled walk over (label × core × area) tuples, so they are unique
 * by construction; past the last tuple a round number is appended.
 */
import { mondayOf, WEEKDAYS, type When } from './calendar'
import { buildEvent, type EventSpec } from './events'
import { buildOrganisation, type OrgSetting } from './organisations'
import { address, personName, phone, type Box, type Street } from './places'
import { createRng, hashString, type Rng } from './random'
import {
  ACTIVITIES,
  ARTICLE_PARAGRAPHS,
  ARTICLE_TITLES,
  AREAS,
  CITIES,
  CORES,
  ORG_LABELS,
  PALETTES,
  POST_TEMPLATES,
  STREET_NAMES,
  type City,
} from './syntheticWords'
import { THEMES } from './themes'
import type { SeedAnchor, SeedArticle, SeedEvent, SeedOrganisation, SeedPost, SeedWijk } from './types'

export type SyntheticOptions = { slug: string; orgs: number; events: number; articles: number; posts?: number; anchor: SeedAnchor }

const at = <T>(items: readonly T[], index: number): T => {
  const item = items[index]
  if (item === undefined) throw new Error(`Index ${index} out of range`)
  return item
}
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))

/** The index-th distinct tuple of digits below `sizes`, in scrambled order, plus how many full rounds came before. */
function combination(index: number, sizes: readonly number[], seed: number): { digits: number[]; round: number } {
  const total = sizes.reduce((p, s) => p * s, 1)
  let stride = (seed % total) | 1
  while (gcd(stride, total) !== 1) stride++
  let rest = ((index % total) * stride) % total
  const digits = sizes.map((size) => {
    const digit = rest % size
    rest = Math.floor(rest / size)
    return digit
  })
  return { digits, round: Math.floor(index / total) }
}

const suffix = (round: number) => (round > 0 ? ` ${round + 1}` : '')
const titleCase = (slug: string) =>
  slug
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ')

function streetsFor(slug: string, city: City): Map<string, Street> {
  const streets = new Map<string, Street>()
  const span = city.pcMax - city.pcMin + 1
  AREAS.forEach((area, ai) => {
    const rng = createRng(`${slug}:area:${ai}`)
    const lat = city.lat + (rng.next() - 0.5) * 0.04
    const lng = city.lng + (rng.next() - 0.5) * 0.06
    const postcode = city.pcMin + ((ai * 7) % span)
    STREET_NAMES.forEach((name, si) => {
      streets.set(`${ai}:${si}`, { name, area, postcode, lat: lat + (rng.next() - 0.5) * 0.008, lng: lng + (rng.next() - 0.5) * 0.012 })
    })
  })
  return streets
}

function organisations(slug: string, count: number, setting: OrgSetting): SeedOrganisation[] {
  const sizes = [ORG_LABELS.length, CORES.length, AREAS.length]
  return Array.from({ length: count }, (_, i) => {
    const {
      digits: [li = 0, ci = 0, ai = 0],
      round,
    } = combination(i, sizes, hashString(`${slug}:orgs`))
    const [label, profile] = at(ORG_LABELS, li)
    const street = `${ai}:${(i * 7 + ci) % STREET_NAMES.length}`
    return buildOrganisation({ key: `${slug}-org-${i + 1}`, name: `${label} ${at(CORES, ci)} ${at(AREAS, ai)}${suffix(round)}`, profile, street }, setting)
  })
}

function when(rng: Rng, i: number, meal: boolean): When {
  if (i % 10 >= 3) return { kind: 'once', day: rng.int(-7, 55) }
  const day = rng.pick(WEEKDAYS)
  const r = rng.next()
  if (meal || r < 0.6) return { kind: 'weekly', days: [day], skipWeeks: rng.chance(0.2) ? [2] : [] }
  if (r < 0.8) return { kind: 'weekly', days: [day], interval: 2 }
  return { kind: 'monthly', day, nth: rng.pick([1, 2, 3, -1] as const) }
}

function events(slug: string, count: number, monday: SeedAnchor, orgKeys: string[], streets: Map<string, Street>, city: string): SeedEvent[] {
  const sizes = [ACTIVITIES.length, CORES.length, AREAS.length]
  return Array.from({ length: count }, (_, i) => {
    const rng = createRng(`${slug}:event:${i}`)
    const {
      digits: [ti = 0, ci = 0, ai = 0],
      round,
    } = combination(i, sizes, hashString(`${slug}:events`))
    const activity = at(ACTIVITIES, ti)
    const area = at(AREAS, ai)
    const meal = activity.category === 'buurtmaaltijd'
    const org = orgKeys.length > 0 ? at(orgKeys, rng.int(0, orgKeys.length - 1)) : null
    const street = streets.get(`${ai}:${rng.int(0, STREET_NAMES.length - 1)}`)
    const spec: EventSpec = {
      key: `${slug}-event-${i + 1}`,
      title: `${activity.title} bij ${at(CORES, ci)} in ${area}${suffix(round)}`,
      summary: activity.summary,
      description: [...activity.description],
      category: activity.category,
      themes: [...activity.themes],
      org,
      place: org === null && street ? { name: `Buurtplein ${area}`, address: address(rng, street, city) } : null,
      when: when(rng, i, meal),
      time: rng.pick(meal ? ['17:00', '17:30', '18:00'] : ['09:30', '10:00', '13:30', '14:00', '19:00', '19:30']),
      minutes: rng.pick([60, 90, 120, 150, 180]),
      price: rng.pick([0, 0, 0, 250, 350, 500, null]),
      join: rng.pick(['Aanmelden niet nodig, loop gerust binnen.', 'Graag even aanmelden via WhatsApp.', 'Aanmelden via de website of telefonisch.']),
    }
    return buildEvent(spec, monday)
  })
}

function articles(slug: string, count: number): SeedArticle[] {
  const sizes = [ARTICLE_TITLES.length, CORES.length, AREAS.length]
  return Array.from({ length: count }, (_, i) => {
    const rng = createRng(`${slug}:article:${i}`)
    const {
      digits: [ti = 0, ci = 0, ai = 0],
      round,
    } = combination(i, sizes, hashString(`${slug}:articles`))
    const core = at(CORES, ci)
    const area = at(AREAS, ai)
    return {
      key: `${slug}-article-${i + 1}`,
      title: `${at(ARTICLE_TITLES, ti)(core, area)}${round > 0 ? ` (deel ${round + 1})` : ''}`,
      lead: `Een verhaal over ${core} in ${area}, opgeschreven door een buurtbewoner.`,
      body: rng.sample(ARTICLE_PARAGRAPHS, rng.int(3, 4)),
      authorName: personName(rng),
      publishedDaysAgo: rng.int(0, 365),
    }
  })
}

function posts(slug: string, count: number): SeedPost[] {
  return Array.from({ length: count }, (_, i) => {
    const rng = createRng(`${slug}:post:${i}`)
    const {
      digits: [ti = 0, ai = 0],
      round,
    } = combination(i, [POST_TEMPLATES.length, AREAS.length], hashString(`${slug}:posts`))
    const [kind, title, body] = at(POST_TEMPLATES, ti)
    return {
      key: `${slug}-post-${i + 1}`,
      kind,
      title: `${title} (${at(AREAS, ai)}${suffix(round)})`,
      body,
      authorName: personName(rng).split(' ')[0] ?? 'Buur',
      createdDaysAgo: rng.int(0, 20),
      expiresInDays: rng.int(7, 30),
    }
  })
}

export function syntheticWijk(opts: SyntheticOptions): SeedWijk {
  const { slug } = opts
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw new Error(`Invalid slug "${slug}"`)
  for (const n of [opts.orgs, opts.events, opts.articles, opts.posts ?? 0]) {
    if (!Number.isInteger(n) || n < 0) throw new Error(`Counts must be non-negative integers, got ${n}`)
  }
  const city = at(CITIES, hashString(slug) % CITIES.length)
  const [primary, accent] = at(PALETTES, hashString(`${slug}:colors`) % PALETTES.length)
  const box: Box = { minLat: city.lat - 0.06, maxLat: city.lat + 0.06, minLng: city.lng - 0.09, maxLng: city.lng + 0.09 }
  const streets = streetsFor(slug, city)
  const setting: OrgSetting = { wijk: titleCase(slug), city: city.name, areaCode: city.areaCode, streets, box, spread: 0.002 }
  const orgs = organisations(slug, opts.orgs, setting)
  const rng = createRng(`${slug}:wijk`)
  const name = titleCase(slug)

  return {
    slug,
    name,
    domain: `${slug}.localhost`,
    tagline: `Wat er te doen is in ${name}`,
    city: city.name,
    colors: { primary, accent },
    contact: { email: `redactie@${slug}.wijkdemo.nl`, phone: phone(rng, city.areaCode), address: address(rng, at([...streets.values()], 0), city.name) },
    themes: THEMES.map((t) => ({ ...t })),
    organisations: orgs,
    events: events(
      slug,
      opts.events,
      mondayOf(opts.anchor),
      orgs.map((o) => o.key),
      streets,
      city.name,
    ),
    articles: articles(slug, opts.articles),
    posts: posts(slug, opts.posts ?? 10),
  }
}
