import type { HTMLElement } from 'node-html-parser'

import { describe, expect, it } from 'vitest'

import { expandOccurrences } from '@wijk/shared/recurrence'
import type { EventCategory, SnapshotEvent } from '@wijk/shared/snapshot'
import { addAmsterdamDays, amsterdamDateKey, parseIsoWithOffset } from '@wijk/shared/time'

import { AGENDA_INDEX_LIMIT } from '../src/lib/agendaMonths'
import { LABELS, organisations, site, sorted, today, todayKey, weeklyMeals, within } from './helpers/agendaExpectations'
import { exists, ofType, page, snapshot } from './helpers/builtSite'

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA']

const titlesIn = (el: HTMLElement | null) => (el?.querySelectorAll('h4 a') ?? []).map((a) => a.text.trim())
/** The list under the day heading <h3><time datetime="YYYY-MM-DD">. */
const dayList = (doc: HTMLElement, dateKey: string) => doc.querySelector(`h3 time[datetime="${dateKey}"]`)?.parentNode?.nextElementSibling ?? null
/** Occurrences in a window, in the agenda's order: by start, then by title. */
const occurrencesIn = (window: { from: Date; to: Date }) =>
  snapshot.events
    .flatMap((e) => expandOccurrences(e, window).map((o) => ({ title: e.title, start: o.start })))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.title.localeCompare(b.title, 'nl'))
/** The coming 8 weeks' occurrences per month ("2026-12"), in order. */
const monthsAhead = () => {
  const months = new Map<string, { title: string; start: string }[]>()
  for (const o of occurrencesIn(within(today, 56))) {
    const month = amsterdamDateKey(parseIsoWithOffset(o.start)).slice(0, 7)
    months.set(month, [...(months.get(month) ?? []), o])
  }
  return [...months]
}
const weekday = (dateKey: string) => WEEKDAYS[new Date(`${dateKey}T12:00:00Z`).getUTCDay()]!

describe('agenda page', () => {
  const doc = page('/agenda/')

  it('lists exactly today’s occurrences under "Vandaag", under today’s date', () => {
    const section = doc.querySelector('section[aria-labelledby="vandaag"]')
    expect(section?.querySelector('h2')?.text.trim()).toBe('Vandaag')
    const expected = snapshot.events.flatMap((e) => expandOccurrences(e, within(today, 1)).map(() => e.title))
    expect(expected.length).toBeGreaterThan(0)
    expect(sorted(titlesIn(section))).toEqual(sorted(expected))
    expect(section?.querySelector('h3 time')?.getAttribute('datetime')).toBe(todayKey)
  })

  it('has today, this week and the months, and shows the first occurrences of the coming 7 days (capped)', () => {
    expect(doc.querySelectorAll('main h2').map((h) => h.text.trim())).toEqual(['Vandaag', 'Deze week', 'Per maand'])
    expect(doc.querySelectorAll('h1').map((h) => h.text.trim())).toEqual(['Agenda'])
    const coming = occurrencesIn(within(today, 7))
    const shown = coming.slice(0, AGENDA_INDEX_LIMIT)
    expect(sorted(titlesIn(doc.querySelector('main')))).toEqual(sorted(shown.map((o) => o.title)))
    const more = doc.querySelector('section[aria-labelledby="deze-week"]')!.text
    if (coming.length > AGENDA_INDEX_LIMIT) expect(more).toContain(`${coming.length - AGENDA_INDEX_LIMIT} activiteiten`)
    else expect(more).not.toContain('nog veel meer')
  })

  it('links one page per month of the coming 8 weeks, with its number of activities', () => {
    const months = monthsAhead()
    const links = doc.querySelectorAll('section[aria-labelledby="per-maand"] a')
    expect(links.map((a) => a.getAttribute('href'))).toEqual(months.map(([month]) => `/agenda/maand/${month}/`))
    links.forEach((a, i) => expect(a.text).toContain(`${months[i]![1].length} activiteit`))
  })

  it('is not in the site search (only detail pages are)', () => {
    expect(doc.querySelector('[data-pagefind-body]')).toBeNull()
  })
})

describe('month pages', () => {
  it('together show every occurrence of the coming 8 weeks exactly once, each in its own month', () => {
    const months = monthsAhead()
    expect(months.length).toBeGreaterThanOrEqual(2)
    for (const [month, expected] of months) {
      const doc = page(`/agenda/maand/${month}/`)
      expect(sorted(titlesIn(doc.querySelector('main')))).toEqual(sorted(expected.map((o) => o.title)))
      for (const t of doc.querySelectorAll('main h3 time')) expect(t.getAttribute('datetime')!.slice(0, 7)).toBe(month)
    }
  })

  it('show every weekly buurtmaaltijd on each of its weekdays in the coming 7 days, unless excepted', () => {
    expect(weeklyMeals.length).toBeGreaterThan(5)
    let checked = 0
    for (let d = 0; d < 7; d++) {
      const dateKey = amsterdamDateKey(addAmsterdamDays(today, d))
      const titles = titlesIn(dayList(page(`/agenda/maand/${dateKey.slice(0, 7)}/`), dateKey))
      for (const meal of weeklyMeals) {
        const days = /BYDAY=([A-Z,]+)/.exec(meal.recurrence!.rule)![1]!.split(',')
        if (!days.includes(weekday(dateKey)) || amsterdamDateKey(parseIsoWithOffset(meal.start)) > dateKey) continue
        const excepted = meal.recurrence!.exceptions.includes(dateKey)
        expect(titles.includes(meal.title), `${meal.title} on ${dateKey}${excepted ? ' (excepted)' : ''}`).toBe(!excepted)
        checked++
      }
    }
    expect(checked).toBeGreaterThanOrEqual(weeklyMeals.length)
  })

  it('link the previous and next month, and /agenda/ links into the month of what it leaves out', () => {
    const months = monthsAhead().map(([month]) => month)
    const first = page(`/agenda/maand/${months[0]}/`)
    expect(first.querySelectorAll('nav[aria-label="Andere maanden"] a').map((a) => a.getAttribute('href'))).toEqual([`/agenda/maand/${months[1]}/`])
    const moreLink = page('/agenda/').querySelector('section[aria-labelledby="deze-week"] p a')
    if (moreLink) {
      const [pathname, day] = moreLink.getAttribute('href')!.split('#')
      expect(page(pathname!).querySelector(`h3[id="${day}"]`)).not.toBeNull()
    }
  })
})

describe('agenda page details', () => {
  const doc = page('/agenda/')

  it('shows time, place, category and price, and links to the event page and the iCal feed', () => {
    const list = doc.querySelector('section[aria-labelledby="vandaag"] ul')!
    const item = list.querySelector('li')!
    const link = item.querySelector('h4 a')!
    const event = snapshot.events.find((e) => `/agenda/${e.slug}/` === link.getAttribute('href'))!
    expect(event).toBeDefined()
    const [start, end] = item.querySelectorAll('time').map((t) => t.getAttribute('datetime')!)
    expect(amsterdamDateKey(parseIsoWithOffset(start!))).toBe(todayKey)
    expect(Date.parse(end!)).toBeGreaterThanOrEqual(Date.parse(start!))
    const placeName = event.place?.name ?? (event.organisation ? organisations.get(event.organisation)?.name : undefined)
    if (placeName) expect(item.text).toContain(placeName)
    expect(item.text).toContain(LABELS[event.category])
    expect(doc.querySelector(`a[href="/agenda.ics"]`)).not.toBeNull()
    const categoryLinks = doc.querySelectorAll('nav a[href^="/agenda/categorie/"]').map((a) => a.getAttribute('href'))
    expect(sorted(categoryLinks as string[])).toEqual(sorted([...new Set(snapshot.events.map((e) => `/agenda/categorie/${e.category}/`))]))
  })
})

describe('category pages', () => {
  const categories = [...new Set(snapshot.events.map((e) => e.category))]

  it.each(categories)('%s lists only and all of its own occurrences and links its own feed', (category) => {
    const doc = page(`/agenda/categorie/${category}/`)
    const links = doc.querySelectorAll('main h4 a').map((a) => a.getAttribute('href')!)
    const events = links.map((href) => snapshot.events.find((e) => `/agenda/${e.slug}/` === href))
    expect(events.every((e) => e?.category === category)).toBe(true)
    const expected = snapshot.events.filter((e) => e.category === category).flatMap((e) => expandOccurrences(e, within(today, 56)).map(() => e.title))
    expect(sorted(titlesIn(doc.querySelector('main')))).toEqual(sorted(expected))
    expect(doc.querySelector(`a[href="/agenda/categorie/${category}.ics"]`)).not.toBeNull()
    expect(doc.querySelector('h1')?.text).toContain(LABELS[category])
    expect(doc.querySelector(`nav a[aria-current="page"]`)?.getAttribute('href')).toBe(`/agenda/categorie/${category}/`)
  })

  it('are only built for categories that have events', () => {
    for (const category of Object.keys(LABELS)) expect(exists(`/agenda/categorie/${category}/`), category).toBe(categories.includes(category as EventCategory))
  })
})

const expectedNext = (event: SnapshotEvent) => expandOccurrences(event, { ...within(today, 366), limit: 8 })

describe('event pages', () => {
  it.each(snapshot.events.map((e) => [e.slug, e] as const))('%s has Event JSON-LD for each of its next dates', (_slug, event) => {
    const doc = page(`/agenda/${event.slug}/`)
    expect(doc.querySelector('h1')?.text.trim()).toBe(event.title)
    const next = expectedNext(event)
    const ld = ofType(doc, 'Event')
    expect(ld.map((e) => e.startDate)).toEqual(next.map((o) => o.start))
    expect(ld.map((e) => e.endDate)).toEqual(next.map((o) => o.end))
    const host = event.organisation ? organisations.get(event.organisation)! : null
    const address = event.place?.address ?? (event.onlineUrl ? null : host?.address)
    for (const item of ld) {
      expect(item.name).toBe(event.title)
      expect(item.url).toBe(new URL(`/agenda/${event.slug}/`, site).toString())
      expect(item.eventStatus).toBe(event.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled')
      const places = [item.location].flat() as { '@type': string; address?: { postalCode: string; addressCountry: string }; url?: string }[]
      if (address) expect(places.find((p) => p['@type'] === 'Place')?.address).toMatchObject({ postalCode: address.postcode, addressCountry: 'NL' })
      if (event.onlineUrl) expect(places.find((p) => p['@type'] === 'VirtualLocation')?.url).toBe(event.onlineUrl)
      const mode = event.onlineUrl ? (address ? 'Mixed' : 'Online') : 'Offline'
      expect(item.eventAttendanceMode).toBe(`https://schema.org/${mode}EventAttendanceMode`)
      if (host) expect(item.organizer).toEqual({ '@type': 'Organization', name: host.name, url: new URL(`/organisaties/${host.slug}/`, site).toString() })
      else expect(item.organizer).toBeUndefined()
      if (event.price.cents === null) expect(item.offers).toBeUndefined()
      else expect(item.offers).toMatchObject({ price: event.price.cents === 0 ? '0' : (event.price.cents / 100).toFixed(2), priceCurrency: 'EUR' })
    }
    const crumbs = ofType(doc, 'BreadcrumbList')[0]?.itemListElement as { name: string }[]
    expect(crumbs.map((c) => c.name)).toEqual(['Home', 'Agenda', event.title])
    expect(doc.querySelector('[data-pagefind-filter="categorie"]')?.text).toBe(LABELS[event.category])
    expect(doc.querySelector('[data-pagefind-filter="soort"]')?.text).toBe('activiteit')
    if (next.length === 0) expect(doc.querySelector('main')?.text).toContain('Er zijn nog geen nieuwe datums bekend')
    else expect(doc.querySelector('#wanneer')?.parentNode?.querySelector('time')?.getAttribute('datetime')).toBe(next[0]!.start)
  })

  it('lists the next dates and the rule in words for a recurring event', () => {
    const meal = weeklyMeals[0]!
    const doc = page(`/agenda/${meal.slug}/`)
    const when = doc.querySelector('#wanneer')!.parentNode!
    expect(when.text).toMatch(/Elke (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)/)
    const listed = when.querySelectorAll('ul li > span:first-child time').map((t) => t.getAttribute('datetime'))
    expect(listed).toEqual(expectedNext(meal).map((o) => o.start))
    expect(listed).toHaveLength(8)
  })
})
