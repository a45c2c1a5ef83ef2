import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import jsQR from 'jsqr'
import type { HTMLElement } from 'node-html-parser'
import { describe, expect, it } from 'vitest'

import { addDays, isoWeekKey, mondayOf, mondayOfWeek } from '@wijk/shared/isoWeek'
import type { EventCategory } from '@wijk/shared/snapshot'
import { amsterdamDateKey } from '@wijk/shared/time'
import { addressText, eventPlace } from '@wijk/shared/eventPlace'

import { agendaWindow, occurrences } from '../src/lib/agenda'
import { formatPrice } from '../src/lib/dates'
import { dateRange } from '../src/lib/printAgenda'
import { LABELS, now, organisations, todayKey } from './helpers/agendaExpectations'
import { allPages, exists, page, siteDir, snapshot } from './helpers/builtSite'

/**
 * The print sheets in the built HTML, against the demo snapshot: which sheets exist, which
 * occurrences each holds (worked out here from the snapshot with the agenda's own expansion), what
 * every sheet says about the wijk, and whether each QR code says the event's address.
 */

const site = snapshot.wijk.siteUrl
const items = occurrences(snapshot.events, agendaWindow(now))
const dayOf = (iso: string) => amsterdamDateKey(new Date(iso))
const lastAgendaDay = addDays(todayKey, 8 * 7 - 1)
const lastOfFourWeeks = addDays(todayKey, 4 * 7 - 1)
const categories = Object.keys(LABELS) as EventCategory[]
const printedOn = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(now)

/** This week and every following week whose Sunday the agenda still covers. */
const weeks: string[] = []
for (let week = isoWeekKey(todayKey); addDays(mondayOfWeek(week), 6) <= lastAgendaDay; week = isoWeekKey(addDays(mondayOfWeek(week), 7))) weeks.push(week)

const inWeek = (week: string) => items.filter((item) => isoWeekKey(dayOf(item.start)) === week)
const fourWeeksOf = (category: EventCategory) => items.filter((item) => item.event.category === category && dayOf(item.start) <= lastOfFourWeeks)

/** The expected sheets: path → occurrences. Only sheets with something on them. */
const expectedSheets = new Map<string, typeof items>()
for (const category of categories) if (fourWeeksOf(category).length) expectedSheets.set(`/agenda/print/${category}/`, fourWeeksOf(category))
for (const week of weeks) {
  if (inWeek(week).length) expectedSheets.set(`/agenda/print/week/${week}/`, inWeek(week))
  for (const category of categories) {
    const list = inWeek(week).filter((item) => item.event.category === category)
    if (list.length) expectedSheets.set(`/agenda/print/${category}/${week}/`, list)
  }
}

/** What a sheet shows, row by row: the day heading it is under, start, title, link and text. */
const rowsOf = (doc: HTMLElement) =>
  doc.querySelectorAll('tr.print-event').map((row) => ({
    day: row.closest('table')!.querySelector('thead h2 time')!.getAttribute('datetime')!,
    start: row.querySelector('.print-event-time time')!.getAttribute('datetime')!,
    title: row.querySelector('h3 a')!.text.trim(),
    href: row.querySelector('h3 a')!.getAttribute('href')!,
    qr: row.querySelector('svg use')!.getAttribute('href')!,
    text: row.text.replace(/\s+/g, ' '),
  }))

/** Draws an SVG QR symbol (strokes of width 1 along rows) as pixels and reads it with jsQR, as a phone would. */
const decoded = new Map<string, string | null>()
const decodeSymbol = (symbol: HTMLElement): string | null => {
  const d = symbol.querySelector('path')!.getAttribute('d')!
  if (!decoded.has(d)) decoded.set(d, readSymbol(symbol))
  return decoded.get(d)!
}
function readSymbol(symbol: HTMLElement): string | null {
  const [, , size] = symbol.getAttribute('viewBox')!.split(' ').map(Number)
  const quiet = -Number(symbol.getAttribute('viewBox')!.split(' ')[0])
  const modules = size! - 2 * quiet
  const dark = new Set<string>()
  let x = 0
  let y = 0
  for (const [, op, a, b] of symbol
    .querySelector('path')!
    .getAttribute('d')!
    .matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (op === 'M') [x, y] = [Number(a), Math.floor(Number(b))]
    else if (op === 'm') x += Number(a)
    else for (let i = 0; i < Number(a); i++) dark.add(`${x++},${y}`)
  }
  const scale = 4
  const side = (modules + 8) * scale
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255)
  for (let py = 0; py < side; py++) {
    for (let px = 0; px < side; px++) {
      if (!dark.has(`${Math.floor(px / scale) - 4},${Math.floor(py / scale) - 4}`)) continue
      pixels.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3)
    }
  }
  return jsQR(pixels, side, side)?.data ?? null
}

describe('print sheets', () => {
  const built = allPages().filter((p) => p.startsWith('/agenda/print/') && p !== '/agenda/print/')

  it('exist for every kind of activity (coming 4 weeks), every week the agenda covers whole, and every kind per week: only with something on them', () => {
    expect(weeks.length).toBeGreaterThanOrEqual(7)
    expect(expectedSheets.has('/agenda/print/buurtmaaltijd/')).toBe(true)
    expect(new Set(built)).toEqual(new Set(expectedSheets.keys()))
    // The week the agenda covers only partly has no sheet: it would miss activities.
    const partial = isoWeekKey(lastAgendaDay)
    if (addDays(mondayOfWeek(partial), 6) > lastAgendaDay) expect(exists(`/agenda/print/week/${partial}/`)).toBe(false)
  })

  it('hold exactly their occurrences, in order, each under its own day', () => {
    for (const [sheetPath, expected] of expectedSheets) {
      const rows = rowsOf(page(sheetPath))
      expect(
        rows.map((r) => `${r.start} ${r.title}`),
        sheetPath,
      ).toEqual(expected.map((item) => `${item.start} ${item.event.title}`))
      for (const row of rows) expect(row.day, `${sheetPath} ${row.title}`).toBe(dayOf(row.start) < todayKey ? todayKey : dayOf(row.start))
      rows.forEach((row, i) => expect(row.href).toBe(`/agenda/${expected[i]!.event.slug}/`))
    }
  })

  it('give every occurrence its place with address, price and how to join', () => {
    const rows = rowsOf(page('/agenda/print/buurtmaaltijd/'))
    const expected = expectedSheets.get('/agenda/print/buurtmaaltijd/')!
    expect(rows.length).toBeGreaterThan(20)
    rows.forEach((row, i) => {
      const { event } = expected[i]!
      const host = event.organisation ? organisations.get(event.organisation) : undefined
      const place = eventPlace(event, host ? { slug: host.slug, name: host.name, address: host.address } : null)
      if (place.name) expect(row.text).toContain(place.name)
      if (place.address) expect(row.text).toContain(addressText(place.address))
      const price = formatPrice(event.price)
      if (price) expect(row.text).toContain(price)
      expect(row.text).toContain(event.howToJoin)
    })
  })

  it('draw each event’s QR code once per sheet, and every code reads as the event’s own address on the wijk’s domain', () => {
    let checked = 0
    for (const sheetPath of [...expectedSheets.keys()].filter((p) => !/\/\d{4}-W\d\d\/$/.test(p) || p.startsWith('/agenda/print/week/'))) {
      const doc = page(sheetPath)
      const symbols = new Map(doc.querySelectorAll('symbol').map((s) => [s.id, s]))
      const slugs = new Set(rowsOf(doc).map((r) => r.href.split('/')[2]!))
      expect(symbols.size, sheetPath).toBe(slugs.size)
      for (const row of rowsOf(doc)) {
        const symbol = symbols.get(row.qr.slice(1))
        expect(symbol, `${sheetPath} ${row.title}`).toBeDefined()
        expect(decodeSymbol(symbol!), `${sheetPath} ${row.title}`).toBe(new URL(row.href, site).toString())
        checked++
      }
    }
    expect(checked).toBeGreaterThan(100)
  })

  it('show the wijk’s name, logo and site address, the period and the print date, on screen and in the running header and footer', () => {
    const host = new URL(site).host
    for (const sheetPath of expectedSheets.keys()) {
      const doc = page(sheetPath)
      const sheet = doc.querySelector('.print-sheet')!
      expect(sheet.querySelector('.print-sheet-wijk')!.text, sheetPath).toContain(snapshot.wijk.name)
      expect(sheet.querySelector('.print-sheet-site')!.text.trim()).toBe(host)
      expect(sheet.querySelector('.print-sheet-date')!.text).toContain(`Geprint op ${printedOn}`)
      const logo = sheet.querySelector('img.print-sheet-logo')
      if (snapshot.wijk.logo)
        expect(readdirSync(path.dirname(path.join(siteDir, logo!.getAttribute('src')!)))).toContain(path.basename(logo!.getAttribute('src')!))
      // The running header and footer live in the page margins (@page), repeated on every printed page.
      const rules = doc
        .querySelectorAll('head style')
        .map((s) => s.text)
        .find((css) => css.includes('@page'))!
      expect(rules).toContain(`"${snapshot.wijk.name}"`)
      expect(rules).toContain(`"${host}"`)
      expect(rules).toContain(`"Geprint op ${printedOn}"`)
      expect(rules).toMatch(/counter\(page\).*counter\(pages\)/)
      if (snapshot.wijk.logo) expect(rules).toContain(`url("${logo!.getAttribute('src')}")`)
      expect(rules).toMatch(/size: A4 portrait/)
    }
  })

  it('name their subject and period: the kind of activity or all, four weeks or one week', () => {
    const fourWeeks = page('/agenda/print/buurtmaaltijd/')
    expect(fourWeeks.querySelector('h1')!.text.trim()).toBe(LABELS.buurtmaaltijd)
    expect(fourWeeks.querySelector('.print-sheet-period')!.text.trim()).toBe(`De komende 4 weken: ${dateRange(todayKey, lastOfFourWeeks)}`)
    const week = weeks[1]!
    const weekly = page(`/agenda/print/week/${week}/`)
    expect(weekly.querySelector('h1')!.text.trim()).toBe('Alle activiteiten')
    expect(weekly.querySelector('.print-sheet-period')!.text.trim()).toBe(
      `Week ${Number(week.slice(6))}: ${dateRange(mondayOfWeek(week), addDays(mondayOfWeek(week), 6))}`,
    )
    // This week's sheet starts today: what is over is not on it.
    expect(page(`/agenda/print/week/${weeks[0]}/`).querySelector('.print-sheet-period')!.text).toContain(
      `: ${dateRange(todayKey, addDays(mondayOf(todayKey), 6))}`,
    )
  })

  it('are kept out of search engines and the site search, and have a print button that needs JavaScript and a keyboard hint without', () => {
    const doc = page('/agenda/print/buurtmaaltijd/')
    expect(doc.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex')
    expect(doc.querySelector('[data-pagefind-body]')).toBeNull()
    const sitemaps = readdirSync(siteDir)
      .filter((f) => /^sitemap.*\.xml$/.test(f))
      .map((f) => readFileSync(path.join(siteDir, f), 'utf8'))
    expect(sitemaps.length).toBeGreaterThan(0)
    expect(sitemaps.some((xml) => xml.includes('/agenda/print/'))).toBe(false)
    const button = doc.querySelector('button[data-print-button]')!
    expect(button.text).toContain('Print deze agenda')
    expect(button.hasAttribute('hidden')).toBe(true)
    expect(doc.querySelector('[data-print-hint]')!.text).toContain('Ctrl')
    expect(doc.querySelectorAll('script[src]').length).toBeGreaterThan(0)
  })
})

describe('the print index /agenda/print/', () => {
  const doc = page('/agenda/print/')

  it('lists every sheet as a plain link, so it works without JavaScript', () => {
    const links = new Set(doc.querySelectorAll('#alle-printversies a').map((a) => a.getAttribute('href')))
    expect(links).toEqual(new Set(expectedSheets.keys()))
  })

  it('has a GET form for kind and period that, without JavaScript, lands on that list; its script knows every sheet', () => {
    const form = doc.querySelector('form[data-print-picker]')!
    expect(form.getAttribute('method')).toBe('get')
    expect(form.getAttribute('action')).toBe('#alle-printversies')
    const kinds = form.querySelectorAll('select[name=soort] option').map((o) => o.getAttribute('value'))
    expect(kinds).toEqual([
      'alles',
      ...categories.filter((c) => expectedSheets.has(`/agenda/print/${c}/`) || weeks.some((w) => expectedSheets.has(`/agenda/print/${c}/${w}/`))),
    ])
    const periods = form.querySelectorAll('select[name=periode] option').map((o) => o.getAttribute('value'))
    expect(periods).toEqual([...weeks.filter((w) => expectedSheets.has(`/agenda/print/week/${w}/`)), 'vier-weken'])
    const targets = JSON.parse(form.getAttribute('data-targets')!) as Record<string, string>
    expect(new Set(Object.values(targets))).toEqual(new Set(expectedSheets.keys()))
    expect(targets['buurtmaaltijd|vier-weken']).toBe('/agenda/print/buurtmaaltijd/')
    expect(targets[`alles|${weeks[0]}`]).toBe(`/agenda/print/week/${weeks[0]}/`)
  })

  it('is linked from the agenda; a category page links straight to its own sheet', () => {
    expect(page('/agenda/').querySelector('main a[href="/agenda/print/"]')).not.toBeNull()
    expect(page('/agenda/categorie/buurtmaaltijd/').querySelector('main a[href="/agenda/print/buurtmaaltijd/"]')).not.toBeNull()
  })
})

// The ISO weeks themselves are tested with their code in shared/tests/isoWeek.test.ts.
describe('date ranges', () => {
  it('write periods in Dutch, with the month and year only where they change', () => {
    expect(dateRange('2026-11-23', '2026-11-29')).toBe('23 t/m 29 november 2026')
    expect(dateRange('2026-11-30', '2026-12-06')).toBe('30 november t/m 6 december 2026')
    expect(dateRange('2026-12-28', '2027-01-03')).toBe('28 december 2026 t/m 3 januari 2027')
    expect(dateRange('2026-11-30', '2026-12-06', { year: false })).toBe('30 november t/m 6 december')
  })
})
