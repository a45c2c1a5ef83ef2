/**
 * The pure demo-content generators (no Payload, no I/O): every generator must
 * produce data the CMS accepts and the sites can render, identically on every run.
 */
import { expandOccurrences, validateRecurrenceRule } from '@wijk/shared/recurrence'
import { slugify } from '@wijk/shared/slug'
import { fromAmsterdamWallTime, toAmsterdamIso } from '@wijk/shared/time'
import { isDutchPhone, isDutchPostcode, isHttpUrl, isInsideNetherlands } from '@wijk/shared/validation'
import { describe, expect, it } from 'vitest'

import { delfshaven } from '../../src/seed/content/delfshaven'
import { kanaleneiland } from '../../src/seed/content/secondWijk'
import { syntheticWijk } from '../../src/seed/content/synthetic'
import { EVENT_CATEGORIES, type SeedAddress, type SeedEvent, type SeedWijk } from '../../src/seed/content/types'

const MONDAY = { year: 2026, month: 11, day: 23 }
const POSTCODE = /^[1-9][0-9]{3} (?!SA|SD|SS)[A-Z]{2}$/
const WALL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/
const DATE = /^\d{4}-\d{2}-\d{2}$/
const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const HOSTNAME = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/
const EMAIL = /^[a-z0-9.-]+@[a-z0-9.-]+\.nl$/
const DAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA']
const DAY_MS = 86_400_000

const synthetic = () => syntheticWijk({ slug: 'bench', orgs: 500, events: 2000, articles: 300, posts: 40, anchor: MONDAY })
const GENERATORS: [string, () => SeedWijk][] = [
  ['delfshaven', () => delfshaven(MONDAY)],
  ['kanaleneiland', () => kanaleneiland(MONDAY)],
  ['synthetic', synthetic],
]

const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i)
const dayMs = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))
const dayCode = (date: string) => DAY_CODES[new Date(dayMs(date)).getUTCDay()]
const anchorMs = (a: typeof MONDAY) => Date.UTC(a.year, a.month - 1, a.day)
const daysFromAnchor = (start: string, a = MONDAY) => Math.round((dayMs(start) - anchorMs(a)) / DAY_MS)
const addresses = (w: SeedWijk): SeedAddress[] => [
  w.contact.address,
  ...w.organisations.map((o) => o.address),
  ...w.events.flatMap((e) => (e.address ? [e.address] : [])),
]
const isoOf = (wall: string, minutesLater = 0) => {
  const [date = '', time = ''] = wall.split('T')
  const [year, month, day] = date.split('-').map(Number)
  const [hour, minute] = time.split(':').map(Number)
  const start = fromAmsterdamWallTime({ year: year ?? 0, month: month ?? 0, day: day ?? 0, hour: hour ?? 0, minute: (minute ?? 0) + minutesLater, second: 0 })
  return toAmsterdamIso(start)
}

/** WCAG 2 contrast ratio of a hex colour against white. */
function contrastWithWhite(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05)
}

describe.each(GENERATORS)('demo content: %s', (_name, generate) => {
  const w = generate()

  it('has unique keys and unique names per type', () => {
    expect(duplicates(w.themes.map((t) => t.slug))).toEqual([])
    expect(duplicates(w.themes.map((t) => t.name))).toEqual([])
    for (const [keys, names] of [
      [w.organisations.map((o) => o.key), w.organisations.map((o) => o.name)],
      [w.events.map((e) => e.key), w.events.map((e) => e.title)],
      [w.articles.map((a) => a.key), w.articles.map((a) => a.title)],
      [w.posts.map((p) => p.key), w.posts.map((p) => p.title)],
    ]) {
      expect(duplicates(keys ?? [])).toEqual([])
      expect(duplicates(names ?? [])).toEqual([])
      expect((keys ?? []).filter((k) => !KEY.test(k))).toEqual([])
    }
    // Also unique across types, so a seed script can keep one key → id map.
    expect(duplicates([...w.organisations, ...w.events, ...w.articles, ...w.posts].map((i) => i.key))).toEqual([])
  })

  it('only refers to existing organisations and themes', () => {
    const orgKeys = new Set(w.organisations.map((o) => o.key))
    const themes = new Set(w.themes.map((t) => t.slug))
    for (const o of w.organisations) {
      expect(o.themes.length, o.key).toBeGreaterThanOrEqual(1)
      expect(o.themes.length, o.key).toBeLessThanOrEqual(3)
      expect(
        o.themes.filter((t) => !themes.has(t)),
        o.key,
      ).toEqual([])
    }
    for (const e of w.events) {
      if (e.organisationKey !== null) expect(orgKeys.has(e.organisationKey), e.key).toBe(true)
      else expect(e.address, `${e.key} needs a place without a host`).not.toBeNull()
      expect(e.themes.length, e.key).toBeGreaterThanOrEqual(1)
      expect(
        e.themes.filter((t) => !themes.has(t)),
        e.key,
      ).toEqual([])
    }
  })

  it('uses valid Dutch postcodes, coordinates and contact details', () => {
    for (const a of addresses(w)) {
      expect(a.postcode).toMatch(POSTCODE)
      expect(isDutchPostcode(a.postcode)).toBe(true)
      expect(a.street.length * a.houseNumber.length * a.city.length).toBeGreaterThan(0)
    }
    expect(isDutchPhone(w.contact.phone)).toBe(true)
    expect(w.contact.email).toMatch(EMAIL)
    for (const o of w.organisations) {
      expect(isInsideNetherlands(o.geo.lat, o.geo.lng), o.key).toBe(true)
      expect(o.contact.email, o.key).toMatch(EMAIL)
      expect(o.contact.phone, o.key).toMatch(/^0\d{2}-\d{7}$/)
      expect(isDutchPhone(o.contact.phone), o.key).toBe(true)
      if (o.contact.website !== undefined) {
        expect(o.contact.website, o.key).toMatch(/^https:\/\/[a-z0-9.-]+\.nl(\/.*)?$/)
        expect(isHttpUrl(o.contact.website)).toBe(true)
      }
      if (o.contact.whatsapp !== undefined) {
        expect(o.contact.whatsapp, o.key).toMatch(/^\+31 6 \d{4} \d{4}$/)
        expect(isDutchPhone(o.contact.whatsapp)).toBe(true)
      }
      expect(o.openingHours.length, o.key).toBeGreaterThan(0)
      expect(o.contactPerson.name && o.contactPerson.role, o.key).toBeTruthy()
    }
  })

  it('has well-formed events', () => {
    for (const e of w.events) {
      expect(EVENT_CATEGORIES, e.key).toContain(e.category)
      expect(e.start, e.key).toMatch(WALL_TIME)
      expect(Number.isNaN(Date.parse(`${e.start}:00Z`)), e.key).toBe(false)
      expect(e.durationMinutes, e.key).toBeGreaterThan(0)
      expect(
        e.exceptions.filter((d) => !DATE.test(d)),
        e.key,
      ).toEqual([])
      if (e.rule === null) expect(e.exceptions, e.key).toEqual([])
      else {
        expect(validateRecurrenceRule(e.rule), `${e.key}: ${e.rule}`).toBeNull()
        expect(e.rule).not.toContain('DTSTART')
      }
      if (e.priceCents !== null) expect(Number.isInteger(e.priceCents) && e.priceCents >= 0, e.key).toBe(true)
      if (e.onlineUrl !== null) expect(isHttpUrl(e.onlineUrl), e.key).toBe(true)
      expect(e.howToJoin.length, e.key).toBeGreaterThan(0)
      expect(e.howToJoin.length, e.key).toBeLessThanOrEqual(400)
    }
  })

  it('plans every buurtmaaltijd series weekly', () => {
    for (const e of w.events.filter((x) => x.category === 'buurtmaaltijd' && x.rule !== null)) {
      expect(e.rule, e.key).toContain('FREQ=WEEKLY')
      expect(e.rule, e.key).toMatch(/BYDAY=[A-Z]{2}/)
    }
  })

  it('starts each series on an occurrence and skips only real occurrences', () => {
    const recurring = w.events.filter((e): e is SeedEvent & { rule: string } => e.rule !== null).slice(0, 150)
    for (const e of recurring) {
      const days =
        /BYDAY=([A-Z0-9,-]+)/
          .exec(e.rule)?.[1]
          ?.split(',')
          .map((d) => d.slice(-2)) ?? []
      expect(days, e.key).toContain(dayCode(e.start))
      const series = { start: isoOf(e.start), end: isoOf(e.start, e.durationMinutes) }
      const window = { from: new Date(Date.parse(series.start) - 1000), to: new Date(anchorMs(MONDAY) + 120 * DAY_MS) }
      const all = expandOccurrences({ ...series, recurrence: { rule: e.rule, exceptions: [] } }, window).map((o) => o.start.slice(0, 10))
      expect(all[0], e.key).toBe(e.start.slice(0, 10))
      for (const skipped of e.exceptions) expect(all, `${e.key} skips ${skipped}`).toContain(skipped)
      const kept = expandOccurrences({ ...series, recurrence: { rule: e.rule, exceptions: e.exceptions } }, window)
      expect(kept.length, e.key).toBe(all.length - e.exceptions.length)
    }
  })

  it('keeps text short enough for the CMS and readers', () => {
    expect(w.tagline.length).toBeLessThanOrEqual(140)
    for (const t of w.themes) {
      expect(t.slug).toBe(slugify(t.name))
      expect(t.description.length).toBeLessThanOrEqual(300)
    }
    for (const o of w.organisations) {
      expect(o.summary.length, o.key).toBeLessThanOrEqual(140)
      expect(o.summary, `${o.key} summary is one sentence`).not.toMatch(/[.!?]\s+\S/)
      expect(o.description.length, o.key).toBeGreaterThanOrEqual(2)
      expect(o.description.length, o.key).toBeLessThanOrEqual(3)
      expect(o.offers.length, o.key).toBeGreaterThanOrEqual(2)
      expect(o.offers.length, o.key).toBeLessThanOrEqual(4)
    }
    for (const e of w.events) {
      expect(e.summary.length, e.key).toBeLessThanOrEqual(140)
      expect(e.summary, `${e.key} summary is one sentence`).not.toMatch(/[.!?]\s+\S/)
      expect(e.description.length, e.key).toBeGreaterThanOrEqual(1)
    }
    for (const a of w.articles) {
      expect(a.title.length, a.key).toBeLessThanOrEqual(120)
      expect(a.lead.length, a.key).toBeLessThanOrEqual(300)
      expect(a.body.length, a.key).toBeGreaterThanOrEqual(3)
      expect(a.body.length, a.key).toBeLessThanOrEqual(5)
      expect(a.publishedDaysAgo, a.key).toBeGreaterThanOrEqual(0)
    }
    for (const p of w.posts) {
      expect(p.title.length, p.key).toBeLessThanOrEqual(100)
      expect(p.body.length, p.key).toBeLessThanOrEqual(1000)
      expect(p.createdDaysAgo, p.key).toBeGreaterThanOrEqual(0)
      expect(p.expiresInDays, p.key).toBeGreaterThan(0)
    }
  })

  it('has valid wijk settings with a readable primary colour', () => {
    expect(w.slug).toMatch(KEY)
    expect(w.domain).toMatch(HOSTNAME)
    expect(w.colors.primary).toMatch(/^#[0-9A-Fa-f]{6}$/)
    expect(w.colors.accent).toMatch(/^#[0-9A-Fa-f]{6}$/)
    expect(contrastWithWhite(w.colors.primary)).toBeGreaterThanOrEqual(4.5)
  })

  it('is deterministic', () => {
    expect(generate()).toEqual(w)
  })
})

describe('Delfshaven', () => {
  const w = delfshaven(MONDAY)
  const meals = w.events.filter((e) => e.category === 'buurtmaaltijd')
  const oneOffs = w.events.filter((e) => e.rule === null)

  it('has the promised amounts of content', () => {
    expect(w).toMatchObject({ slug: 'delfshaven', name: 'Delfshaven', domain: 'delfshaven.localhost', city: 'Rotterdam' })
    expect(w.themes.length).toBeGreaterThanOrEqual(12)
    expect(w.organisations.length).toBeGreaterThanOrEqual(125)
    expect(new Set(w.organisations.flatMap((o) => o.themes)).size).toBeGreaterThanOrEqual(10)
    expect(w.themes.filter((t) => !w.organisations.some((o) => o.themes.includes(t.slug)))).toEqual([])
    expect(w.events.length).toBeGreaterThanOrEqual(45)
    expect(w.articles).toHaveLength(12)
    expect(w.posts.length).toBeGreaterThanOrEqual(16)
    expect(new Set(w.posts.map((p) => p.kind))).toEqual(new Set(['vraag', 'aanbod']))
    expect(new Set(w.organisations.map((o) => o.kind))).toEqual(new Set(['organisatie', 'initiatief']))
  })

  it('has at least twelve weekly buurtmaaltijden with realistic times and prices', () => {
    const weekly = meals.filter((e) => e.rule !== null && /^FREQ=WEEKLY;BYDAY=[A-Z]{2}$/.test(e.rule))
    expect(weekly.length).toBeGreaterThanOrEqual(12)
    expect(weekly.some((e) => e.exceptions.length > 0)).toBe(true)
    expect(weekly.some((e) => e.priceCents === 0)).toBe(true)
    expect(weekly.some((e) => (e.priceCents ?? 0) > 0)).toBe(true)
    for (const e of weekly) expect(e.start.slice(11), e.key).toMatch(/^(1[1-9]):[0-5]\d$/)
  })

  it('mixes weekly, fortnightly and monthly activities with one-off events in the coming weeks', () => {
    const rules = w.events.flatMap((e) => (e.rule ? [e.rule] : []))
    expect(rules.some((r) => r.includes('INTERVAL=2'))).toBe(true)
    expect(rules.some((r) => r.startsWith('FREQ=MONTHLY'))).toBe(true)
    const days = oneOffs.map((e) => daysFromAnchor(e.start))
    expect(Math.min(...days)).toBeGreaterThanOrEqual(-7)
    expect(Math.max(...days)).toBeLessThan(56)
    expect(days.filter((d) => d < 0).length).toBeGreaterThanOrEqual(3)
    expect(days.filter((d) => d >= 28).length).toBeGreaterThanOrEqual(5)
    expect(w.events.filter((e) => e.onlineUrl !== null)).toHaveLength(1)
    expect(w.events.some((e) => e.address !== null && e.organisationKey !== null)).toBe(true)
  })

  it('stays inside Delfshaven', () => {
    for (const o of w.organisations) {
      expect(o.geo.lat, o.key).toBeGreaterThanOrEqual(51.9)
      expect(o.geo.lat, o.key).toBeLessThanOrEqual(51.925)
      expect(o.geo.lng, o.key).toBeGreaterThanOrEqual(4.425)
      expect(o.geo.lng, o.key).toBeLessThanOrEqual(4.46)
      expect(o.contact.phone, o.key).toMatch(/^010-/)
    }
    for (const a of addresses(w)) {
      expect(a.postcode).toMatch(/^302[1-9] /)
      expect(a.city).toBe('Rotterdam')
    }
  })

  it('links only to the made-up demo domain', () => {
    const links = [...w.organisations.flatMap((o) => [o.contact.email, o.contact.website ?? '']), ...w.events.map((e) => e.onlineUrl ?? '')].filter(Boolean)
    expect(links.filter((l) => !/wijkdemo\.nl(\/|$)/.test(l))).toEqual([])
  })

  it('never mentions the second wijk', () => {
    const text = JSON.stringify(w).toLowerCase()
    expect(text).not.toContain('kanaleneiland')
    expect(text).not.toContain('utrecht')
  })

  it('only moves event dates when the anchor changes', () => {
    const later = delfshaven({ year: 2027, month: 3, day: 22 })
    const withoutDates = (x: SeedWijk) => ({ ...x, events: x.events.map(({ start: _s, exceptions: _e, ...rest }) => rest) })
    expect(withoutDates(later)).toEqual(withoutDates(w))
    const nextWeek = delfshaven({ year: 2026, month: 11, day: 30 })
    nextWeek.events.forEach((e, i) => {
      const before = w.events[i]
      if (!before || e.rule?.startsWith('FREQ=MONTHLY')) return
      expect(daysFromAnchor(e.start) - daysFromAnchor(before.start), e.key).toBe(7)
      expect(e.start.slice(11), e.key).toBe(before.start.slice(11))
    })
  })

  it('accepts any day of the week as anchor and uses its Monday', () => {
    expect(delfshaven({ year: 2026, month: 11, day: 26 })).toEqual(w)
    expect(delfshaven({ year: 2026, month: 11, day: 29 })).toEqual(w)
  })

  it('handles anchors around new year and in a leap year', () => {
    for (const anchor of [
      { year: 2026, month: 12, day: 28 },
      { year: 2028, month: 2, day: 28 },
    ]) {
      const x = delfshaven(anchor)
      for (const e of x.events) {
        expect(e.start, e.key).toMatch(WALL_TIME)
        if (e.rule === null) expect(daysFromAnchor(e.start, anchor), e.key).toBeGreaterThanOrEqual(-7)
      }
    }
  })
})

describe('Kanaleneiland', () => {
  const w = kanaleneiland(MONDAY)

  it('is a small wijk in Utrecht', () => {
    expect(w).toMatchObject({ slug: 'kanaleneiland', domain: 'kanaleneiland.localhost', city: 'Utrecht' })
    expect([w.themes.length, w.organisations.length, w.events.length, w.articles.length, w.posts.length]).toEqual([3, 6, 4, 2, 2])
    for (const a of addresses(w)) expect(a.postcode).toMatch(/^352[67] /)
    for (const o of w.organisations) {
      expect(Math.abs(o.geo.lat - 52.07), o.key).toBeLessThan(0.03)
      expect(Math.abs(o.geo.lng - 5.1), o.key).toBeLessThan(0.03)
    }
  })

  it('marks every name and title so leaks are detectable', () => {
    const names = [...w.organisations.map((o) => o.name), ...w.events.map((e) => e.title), ...w.articles.map((a) => a.title), ...w.posts.map((p) => p.title)]
    expect(names.filter((n) => !n.includes('Kanaleneiland'))).toEqual([])
  })

  it('shares no keys with the other wijken', () => {
    const keysOf = (x: SeedWijk) => [...x.organisations, ...x.events, ...x.articles, ...x.posts].map((i) => i.key)
    expect(duplicates([...keysOf(w), ...keysOf(delfshaven(MONDAY)), ...keysOf(synthetic())])).toEqual([])
  })
})

describe('synthetic wijk', () => {
  it('generates exactly the requested amounts with about 30% recurring events', () => {
    const w = synthetic()
    expect([w.organisations.length, w.events.length, w.articles.length, w.posts.length]).toEqual([500, 2000, 300, 40])
    const share = w.events.filter((e) => e.rule !== null).length / w.events.length
    expect(share).toBeGreaterThan(0.25)
    expect(share).toBeLessThan(0.35)
  })

  it('keeps names and keys unique at 5,000 items', () => {
    const w = syntheticWijk({ slug: 'groot', orgs: 5000, events: 5000, articles: 5000, posts: 500, anchor: MONDAY })
    for (const items of [
      w.organisations.map((o) => [o.key, o.name]),
      w.events.map((e) => [e.key, e.title]),
      w.articles.map((a) => [a.key, a.title]),
      w.posts.map((p) => [p.key, p.title]),
    ]) {
      expect(new Set(items.map(([key]) => key)).size).toBe(items.length)
      expect(new Set(items.map(([, name]) => name)).size).toBe(items.length)
    }
  })

  it('works without organisations and gives different wijken different keys', () => {
    const w = syntheticWijk({ slug: 'leeg', orgs: 0, events: 20, articles: 0, posts: 0, anchor: MONDAY })
    expect(w.events.every((e) => e.organisationKey === null && e.address !== null)).toBe(true)
    const other = syntheticWijk({ slug: 'ander', orgs: 3, events: 3, articles: 3, anchor: MONDAY })
    const keys = (x: SeedWijk) => [...x.organisations, ...x.events, ...x.articles, ...x.posts].map((i) => i.key)
    expect(keys(other).filter((k) => keys(w).includes(k))).toEqual([])
  })

  it('rejects slugs that cannot be used in keys and domains', () => {
    expect(() => syntheticWijk({ slug: 'Niet Goed', orgs: 1, events: 1, articles: 1, anchor: MONDAY })).toThrow()
    expect(() => syntheticWijk({ slug: 'goed', orgs: -1, events: 1, articles: 1, anchor: MONDAY })).toThrow()
  })
})
