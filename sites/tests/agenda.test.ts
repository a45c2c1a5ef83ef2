import type { HTMLElement } from 'node-html-parser'

import ical, { type ParameterValue, type VEvent } from 'node-ical'
import { describe, expect, it } from 'vitest'

import { expandOccurrences } from '@wijk/shared/recurrence'
import type { EventCategory, SnapshotEvent } from '@wijk/shared/snapshot'
import { addAmsterdamDays, amsterdamDateKey, amsterdamWallTime, parseIsoWithOffset, startOfAmsterdamDay } from '@wijk/shared/time'

import { sanitizeEventHtml } from '../src/lib/eventHtml'
import { eventJsonLd } from '../src/lib/eventJsonLd'
import { eventPlace } from '../src/lib/eventPlace'
import { AGENDA_INDEX_LIMIT } from '../src/lib/agendaMonths'
import { agendaCalendar, recurrenceLines } from '../src/lib/ical'
import { exists, ofType, page, readBuilt, snapshot } from './helpers/builtSite'

// The build pins "now" with WIJK_NOW when set; otherwise it ran seconds before these tests.
const now = process.env.WIJK_NOW ? new Date(process.env.WIJK_NOW) : new Date()
const today = startOfAmsterdamDay(now)
const todayKey = amsterdamDateKey(today)
const site = snapshot.wijk.siteUrl
const organisations = new Map(snapshot.organisations.map((o) => [o.slug, o]))
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA']
const LABELS: Record<EventCategory, string> = {
  buurtmaaltijd: 'Buurtmaaltijd', ontmoeting: 'Ontmoeting', beweging: 'Sport en beweging', cursus: 'Cursus en les',
  cultuur: 'Cultuur', jeugd: 'Kinderen en jongeren', spreekuur: 'Spreekuur en hulp', vrijwilligerswerk: 'Vrijwilligerswerk',
}

const within = (from: Date, days: number) => ({ from, to: addAmsterdamDays(from, days) })
const titlesIn = (el: HTMLElement | null) => (el?.querySelectorAll('h4 a') ?? []).map((a) => a.text.trim())
const sorted = (list: string[]) => [...list].sort((a, b) => a.localeCompare(b))
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
const text = (v: ParameterValue | undefined) => (typeof v === 'string' ? v : (v?.val ?? ''))

/** Weekly meals without end or interval: they must be on every matching weekday. */
const weeklyMeals = snapshot.events.filter(
  (e) => e.category === 'buurtmaaltijd' && e.status === 'scheduled' && /^FREQ=WEEKLY;BYDAY=[A-Z,]+$/.test(e.recurrence?.rule ?? ''),
)

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
    if (next.length === 0) expect(doc.querySelector('main')?.text).toContain('Er zijn geen nieuwe data bekend')
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

describe('iCalendar feeds', () => {
  const raw = readBuilt('/agenda.ics')
  const parsed = ical.sync.parseICS(raw)
  const vevents = Object.values(parsed).filter((c): c is VEvent => c?.type === 'VEVENT')
  const uid = (e: SnapshotEvent) => `${e.id}@${snapshot.wijk.domain}`
  const inFeed = (e: SnapshotEvent) => Boolean(e.recurrence) || Date.parse(e.end) > today.getTime()
  const localTime = (d: Date) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d)

  it('is a calendar named after the wijk, with CRLF lines and the Amsterdam VTIMEZONE', () => {
    expect(raw.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
    expect(raw).toContain(`X-WR-CALNAME:Agenda ${snapshot.wijk.name}\r\n`)
    expect(raw.split('\r\n').every((line) => line.length <= 75)).toBe(true)
    expect(Object.values(parsed).some((c) => c?.type === 'VTIMEZONE' && c.tzid === 'Europe/Amsterdam')).toBe(true)
    expect(raw).not.toMatch(/^DTSTAMP:\d{8}T\d{6}\r$/m) // DTSTAMP must be UTC ("Z")
  })

  it('has one VEVENT per upcoming or recurring event, with stable, unique UIDs', () => {
    const uidLines = raw.split('\r\n').filter((l) => l.startsWith('UID:')).map((l) => l.slice(4))
    expect(new Set(uidLines).size).toBe(uidLines.length)
    expect(sorted(uidLines)).toEqual(sorted(snapshot.events.filter(inFeed).map(uid)))
    expect(snapshot.events.some((e) => !inFeed(e))).toBe(true) // past one-off events are left out
  })

  it('writes title, page URL, place, local start and status for every event', () => {
    for (const event of snapshot.events.filter(inFeed)) {
      const v = vevents.find((e) => e.uid === uid(event))!
      expect(text(v.summary)).toBe(event.title)
      const url = new URL(`/agenda/${event.slug}/`, site).toString()
      expect(text(v.url)).toBe(url)
      expect(text(v.description)).toContain(url)
      expect(v.start.tz).toBe('Europe/Amsterdam')
      expect(v.start.getTime()).toBe(parseIsoWithOffset(event.start).getTime())
      expect(v.end?.getTime()).toBe(parseIsoWithOffset(event.end).getTime())
      const address = event.place?.address ?? (event.organisation && !event.onlineUrl ? organisations.get(event.organisation)?.address : null)
      if (address) expect(text(v.location)).toContain(address.postcode)
      expect(v.status).toBe(event.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED')
      expect(Boolean(v.rrule)).toBe(Boolean(event.recurrence))
    }
  })

  it('expands every weekly buurtmaaltijd like the site does: same local times, exceptions left out', () => {
    const window = within(today, 28)
    let exceptionsSeen = 0
    for (const meal of weeklyMeals) {
      const v = vevents.find((e) => e.uid === uid(meal))!
      const theirs = ical.expandRecurringEvent(v, { from: window.from, to: new Date(window.to.getTime() - 1) }).map((i) => i.start)
      const ours = expandOccurrences(meal, window).map((o) => parseIsoWithOffset(o.start))
      expect(theirs.map((d) => d.toISOString()), meal.title).toEqual(ours.map((d) => d.toISOString()))
      const wall = amsterdamWallTime(parseIsoWithOffset(meal.start))
      const clock = `${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`
      expect(new Set(theirs.map(localTime))).toEqual(new Set([clock]))
      const days = new Set(theirs.map((d) => amsterdamDateKey(d)))
      for (const skipped of meal.recurrence!.exceptions.filter((d) => d >= todayKey && d < amsterdamDateKey(window.to))) {
        expect(days.has(skipped), `${meal.title} skips ${skipped}`).toBe(false)
        exceptionsSeen++
      }
    }
    expect(exceptionsSeen).toBeGreaterThan(0)
  })

  it.each([...new Set(snapshot.events.map((e) => e.category))])('the %s feed has only and all of that category', (category) => {
    const feed = ical.sync.parseICS(readBuilt(`/agenda/categorie/${category}.ics`))
    const uids = Object.values(feed).filter((c): c is VEvent => c?.type === 'VEVENT').map((e) => e.uid)
    expect(sorted(uids)).toEqual(sorted(snapshot.events.filter((e) => e.category === category && inFeed(e)).map(uid)))
  })
})

describe('agenda helpers on made-up events', () => {
  const base = snapshot.events.find((e) => e.recurrence && e.place?.address)!
  const feedOf = (events: SnapshotEvent[]) =>
    Object.values(ical.sync.parseICS(agendaCalendar({ wijk: snapshot.wijk, events, hosts: new Map(), site, name: 'Test', pagePath: '/agenda/', now })))
      .filter((c): c is VEvent => c?.type === 'VEVENT')

  it('marks a cancelled event in JSON-LD and in the feed', () => {
    const cancelled: SnapshotEvent = { ...base, status: 'cancelled' }
    const [ld] = eventJsonLd(cancelled, [{ start: base.start, end: base.end }], eventPlace(cancelled, null), null, site)
    expect(ld?.eventStatus).toBe('https://schema.org/EventCancelled')
    expect(feedOf([cancelled])[0]?.status).toBe('CANCELLED')
  })

  it('writes UNTIL in UTC and EXDATE at the local start time, across the change to summer time', () => {
    const event: SnapshotEvent = {
      ...base, id: 'dst', start: '2026-03-23T18:00:00+01:00', end: '2026-03-23T20:00:00+01:00',
      recurrence: { rule: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20260413', exceptions: ['2026-04-06'] },
    }
    expect(recurrenceLines(event)).toBe('RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260413T215959Z\r\nEXDATE;TZID=Europe/Amsterdam:20260406T180000')
    const [v] = feedOf([event])
    const window = { from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-06-01T00:00:00Z') }
    const theirs = ical.expandRecurringEvent(v!, window).map((i) => i.start.toISOString())
    expect(theirs).toEqual(['2026-03-23T17:00:00.000Z', '2026-03-30T16:00:00.000Z', '2026-04-13T16:00:00.000Z'])
    expect(expandOccurrences(event, window).map((o) => parseIsoWithOffset(o.start).toISOString())).toEqual(theirs)
  })

  it('keeps only safe markup in a description', () => {
    const html = '<p onclick="x()">Hoi <script>alert(1)</script><a href="javascript:alert(1)">x</a> <a href="https://a.nl/?a=1&amp;b=2">y</a></p>'
      + '<h2>Kop</h2><img src=x onerror=alert(1)><p>1 < 2 <!-- c --></p><ul><li>een<li>twee</ul>'
    expect(sanitizeEventHtml(html)).toBe(
      '<p>Hoi <a>x</a> <a href="https://a.nl/?a=1&amp;b=2" rel="noopener nofollow">y</a></p><h3>Kop</h3><p>1 &lt; 2 </p><ul><li>een<li>twee</li></li></ul>',
    )
  })
})
