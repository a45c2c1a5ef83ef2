import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addDays, isoWeekKey, mondayOfWeek } from '@wijk/shared/isoWeek'
import { amsterdamDateKey } from '@wijk/shared/time'
import { addressText, eventPlace } from '@wijk/shared/eventPlace'

import { type AgendaItem, agendaWindow, occurrences } from '../src/lib/agenda'
import { formatPrice, formatTime } from '../src/lib/dates'
import { LABELS, now, organisations, todayKey } from './helpers/agendaExpectations'
import { snapshot } from './helpers/builtSite'
import { openPdfReader, type PdfPage } from './helpers/pdfPages'
import { closeServedSite, openServedSite, type SiteServer } from './helpers/servedSite'

/**
 * The printed agenda as it comes out of a printer: real Chromium prints the built pages to PDF
 * (served with the site's own headers, so under its CSP); PDF.js reads back the page sizes, the
 * text and font size of every line, and renders the pages so jsQR can scan each QR code.
 */

const A4 = { width: 595.28, height: 841.89 }
const site = snapshot.wijk.siteUrl
const host = new URL(site).host
const printedOn = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(now)
const items = occurrences(snapshot.events, agendaWindow(now))
const dayOf = (item: AgendaItem) => amsterdamDateKey(new Date(item.start))
const mealsFourWeeks = items.filter((item) => item.event.category === 'buurtmaaltijd' && dayOf(item) <= addDays(todayKey, 27))
/** Text compared without its spaces: PDF.js splits lines and ligatures ("fi jn") into separate items. */
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '')
const DAY_HEADING = /(Maandag|Dinsdag|Woensdag|Donderdag|Vrijdag|Zaterdag|Zondag) \d{1,2} [a-z]+( \d{4})?$/
/** Where an occurrence starts on paper: its times ("17:30 – 19:30"; screen readers' "tot" may be in between). */
const TIMES = /\d{2}:\d{2}( – (tot )?\d{2}:\d{2})?/g

/** Everything an occurrence says on paper, which must all be on one page. */
const printedTexts = (item: AgendaItem) => {
  const { event } = item
  const host = event.organisation ? organisations.get(event.organisation) : undefined
  const place = eventPlace(event, host ? { slug: host.slug, name: host.name, address: host.address } : null)
  return [formatTime(item.start), event.title, place.name, place.address && addressText(place.address), formatPrice(event.price), event.howToJoin].filter(
    (text): text is string => Boolean(text),
  )
}

/** The pages cut into occurrences: each starts at its times and runs to the next times or the page's end. */
const blocksOf = (pages: PdfPage[]) =>
  pages.flatMap((p, index) => {
    const starts = [...p.text.matchAll(TIMES)].map((m) => m.index!)
    return starts.map((start, i) => ({ page: index, text: p.text.slice(start, starts[i + 1] ?? p.text.length) }))
  })

let browser: Browser
let server: SiteServer
let reader: Awaited<ReturnType<typeof openPdfReader>>

beforeAll(async () => {
  ;({ browser, server } = await openServedSite())
  reader = await openPdfReader(browser)
})
afterAll(async () => {
  await reader?.close()
  await closeServedSite(browser, server)
})

/** A page of the built site; anything it could not load or run is collected. */
const open = async (urlPath: string, { javaScript = true } = {}) => {
  const context = await browser.newContext({ locale: 'nl-NL', javaScriptEnabled: javaScript })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()))
  page.on('pageerror', (error) => problems.push(error.message))
  await page.goto(`${server.url}${urlPath}`, { waitUntil: 'networkidle' })
  return { page, problems, close: () => context.close() }
}

const printToPdf = async (page: Page) => {
  await page.emulateMedia({ media: 'print' })
  return page.pdf({ format: 'A4', preferCSSPageSize: true })
}

describe('the buurtmaaltijd sheet, printed to PDF by Chromium', () => {
  let pages: PdfPage[]

  beforeAll(async () => {
    const { page, problems, close } = await open('/agenda/print/buurtmaaltijd/')
    expect(problems).toEqual([])
    pages = await reader.read(await printToPdf(page))
    await close()
  }, 120_000)

  it('is on A4 portrait paper, several pages of it', () => {
    expect(mealsFourWeeks.length).toBeGreaterThan(20)
    expect(pages.length).toBeGreaterThan(1)
    for (const p of pages) {
      expect(p.width).toBeCloseTo(A4.width, 0)
      expect(p.height).toBeCloseTo(A4.height, 0)
    }
  })

  it('has no text smaller than 12 pt anywhere on the sheet', () => {
    const tooSmall = pages.flatMap((p, i) =>
      p.items.filter((item) => item.fontSize < 11.99).map((item) => `page ${i + 1}: "${item.text}" ${item.fontSize.toFixed(2)} pt`),
    )
    expect(pages.flatMap((p) => p.items).length).toBeGreaterThan(200)
    expect(tooSmall).toEqual([])
  })

  it('prints every occurrence whole on one page: time, title, place, address, price and how to join', () => {
    const blocks = blocksOf(pages)
    expect(blocks.length).toBe(mealsFourWeeks.length)
    const torn = mealsFourWeeks.flatMap((item, i) =>
      printedTexts(item)
        .filter((text) => !squash(blocks[i]!.text).includes(squash(text)))
        .map((text) => `${item.start} ${item.event.title}: "${text}" not on page ${blocks[i]!.page + 1}`),
    )
    expect(torn).toEqual([])
  })

  it('has a QR code at every occurrence that reads as that event’s page on the wijk’s domain', () => {
    const blocks = blocksOf(pages)
    pages.forEach((p, index) => {
      const expected = mealsFourWeeks.filter((_, i) => blocks[i]!.page === index).map((item) => new URL(`/agenda/${item.event.slug}/`, site).toString())
      expect(p.qrCodes, `page ${index + 1}`).toEqual(expected)
    })
  })

  it('repeats the wijk’s logo, name and site address, the print date and the page number on every page', () => {
    pages.forEach((p, index) => {
      expect(p.text, `page ${index + 1}`).toContain(`Geprint op ${printedOn}`)
      expect(p.text).toContain(`Pagina ${index + 1} van ${pages.length}`)
      expect(p.text).toContain(snapshot.wijk.name)
      expect(p.text).toContain(host)
      if (snapshot.wijk.logo) expect(p.images, `logo on page ${index + 1}`).toBeGreaterThanOrEqual(1)
    })
  })

  it('never leaves a day heading alone at the bottom of a page, and names the day again at the top of the next', () => {
    pages.forEach((p, index) => {
      expect(p.text, `page ${index + 1}`).not.toMatch(DAY_HEADING)
      const beforeFirstOccurrence = p.text.slice(0, p.text.search(TIMES))
      expect(beforeFirstOccurrence, `page ${index + 1}`).toMatch(/(Maandag|Dinsdag|Woensdag|Donderdag|Vrijdag|Zaterdag|Zondag) \d{1,2} [a-z]+/)
    })
  })

  it('prints neither the site’s menu and footer nor the on-screen explanation and button', () => {
    const all = pages.map((p) => p.text).join(' ')
    for (const screenOnly of ['Organisaties', 'Buurtkrant', 'Over deze site', 'Print deze agenda', 'Alle printversies', 'Lees voor'])
      expect(all).not.toContain(screenOnly)
  })
})

describe('on screen', () => {
  it('the button prints the sheet; there is no keyboard hint next to it', async () => {
    const { page, problems, close } = await open('/agenda/print/buurtmaaltijd/')
    // Counts calls instead of opening the browser's print dialog.
    await page.evaluate(() => {
      ;(window as unknown as { printed: number }).printed = 0
      window.print = () => {
        ;(window as unknown as { printed: number }).printed++
      }
    })
    await page.getByRole('button', { name: 'Print deze agenda' }).click()
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)
    expect(await page.locator('[data-print-hint]').isVisible()).toBe(false)
    expect(problems).toEqual([])
    await close()
  })

  it('without JavaScript the button is gone and the hint says to press Ctrl+P', async () => {
    const { page, close } = await open('/agenda/print/buurtmaaltijd/', { javaScript: false })
    expect(await page.getByRole('button', { name: 'Print deze agenda' }).count()).toBe(0)
    expect(await page.locator('[data-print-hint]').isVisible()).toBe(true)
    expect(await page.locator('[data-print-hint]').innerText()).toMatch(/Ctrl\s*\+\s*P/)
    await close()
  })

  it('the form opens the sheet for the kind and week picked, and says so when there is no such sheet', async () => {
    const week = isoWeekKey(addDays(mondayOfWeek(isoWeekKey(todayKey)), 7))
    const { page, problems, close } = await open('/agenda/print/')
    await page.getByLabel('Soort activiteit').selectOption('buurtmaaltijd')
    await page.getByLabel('Periode').selectOption(week)
    await page.getByRole('button', { name: 'Naar de printversie' }).click()
    await page.waitForURL(`**/agenda/print/buurtmaaltijd/${week}/`)
    expect(await page.locator('h1').innerText()).toBe(LABELS.buurtmaaltijd)
    await page.goBack()
    await page.getByLabel('Soort activiteit').selectOption('alles')
    await page.getByLabel('Periode').selectOption('vier-weken')
    await page.getByRole('button', { name: 'Naar de printversie' }).click()
    await expect.poll(() => page.locator('[data-print-picker-message]').innerText()).toContain('Kies één soort')
    expect(new URL(page.url()).pathname).toBe('/agenda/print/')
    expect(problems).toEqual([])
    await close()
  })

  it('without JavaScript the form lands on the list of every sheet, where the choice is one link', async () => {
    const { page, close } = await open('/agenda/print/', { javaScript: false })
    await page.getByLabel('Soort activiteit').selectOption('buurtmaaltijd')
    await page.getByLabel('Periode').selectOption('vier-weken')
    await page.getByRole('button', { name: 'Naar de printversie' }).click()
    await page.waitForURL(/#alle-printversies$/)
    const url = new URL(page.url())
    expect(url.pathname).toBe('/agenda/print/')
    expect(url.searchParams.get('soort')).toBe('buurtmaaltijd')
    expect(await page.locator('#alle-printversies a[href="/agenda/print/buurtmaaltijd/"]').isVisible()).toBe(true)
    await close()
  })
})

describe('an agenda page printed to PDF', () => {
  it('has no menu, footer or buttons, black text, and no activity torn over two pages', async () => {
    const { page, close } = await open('/agenda/categorie/buurtmaaltijd/')
    const pages = await reader.read(await printToPdf(page), { render: false })
    const colours = await page
      .locator('main :is(h1, h2, h3, h4 a, li p, li li)')
      .evaluateAll((elements) => [...new Set(elements.map((e) => getComputedStyle(e).color))])
    expect(colours).toEqual(['rgb(0, 0, 0)'])
    await close()
    const all = pages.map((p) => p.text).join(' ')
    for (const screenOnly of ['Organisaties', 'Prikbord', 'Over deze site', 'Kies een soort activiteit', 'Lees voor', 'Print de agenda op A4'])
      expect(all).not.toContain(screenOnly)
    const meals = items.filter((item) => item.event.category === 'buurtmaaltijd')
    const blocks = blocksOf(pages)
    expect(blocks.length).toBe(meals.length)
    const torn = meals.flatMap((item, i) => {
      const host = item.event.organisation ? organisations.get(item.event.organisation) : undefined
      const texts = [item.event.title, item.event.place?.name ?? host?.name].filter((t): t is string => Boolean(t))
      return texts.filter((text) => !squash(blocks[i]!.text).includes(squash(text))).map((text) => `${item.start} ${item.event.title}: "${text}"`)
    })
    expect(torn).toEqual([])
  }, 120_000)
})
