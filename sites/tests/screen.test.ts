import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { EVENT_CATEGORY_LABELS } from '@wijk/shared/eventCategories'
import { addAmsterdamDays, amsterdamDateKey, toAmsterdamIso } from '@wijk/shared/time'

import { serveStatic } from '../builder/http/staticServer.ts'
import { page as builtPage, readBuilt, siteDir, snapshot } from './helpers/builtSite'
import { closeServedSite, openServedSite, type SiteServer } from './helpers/servedSite'
import {
  amsterdamMoment,
  buildDay,
  buildMoment,
  dayText,
  expectedRows,
  feedOccurrences,
  rolloverDay,
  type Row,
  rowKey,
  timeText,
} from './helpers/screenExpectations'

/*
 * Screen mode (/scherm/) in real Chromium under the site's own CSP, with the browser's clock set (and
 * moved) by the test. The feed and the built page are checked in screenFeed.test.ts.
 */

let browser: Browser
let server: SiteServer

beforeAll(async () => ({ browser, server } = await openServedSite()))
afterAll(() => closeServedSite(browser, server))

const ROTATE_MS = 12_000
const FEED = '**/scherm/agenda.json'
const organisationNames = new Map(snapshot.organisations.map((o) => [o.slug, o.name]))

type ScreenOptions = {
  /** The browser's clock, paused there: time only moves when the test moves it. */
  at?: Date
  /** The device's own time zone: the screen must read the day in Amsterdam whatever this is. */
  timezoneId?: string
  reducedMotion?: 'reduce' | 'no-preference'
  javaScriptEnabled?: boolean
  /** Called before the page loads, e.g. to take the feed away. */
  prepare?: (context: BrowserContext) => Promise<unknown>
}

type Screen = { context: BrowserContext; page: Page; problems: string[]; navigations: () => number }

/** A TV-sized window on /scherm/ in a fresh context (its own localStorage). */
const openScreen = async (query = '', options: ScreenOptions = {}): Promise<Screen> => {
  const context = await browser.newContext({
    locale: 'nl-NL',
    viewport: { width: 1920, height: 1080 },
    timezoneId: options.timezoneId ?? 'Europe/Amsterdam',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  })
  const problems: string[] = []
  context.on('console', (message) => message.type() === 'error' && problems.push(message.text()))
  context.on('weberror', (error) => problems.push(error.error().message))
  await options.prepare?.(context)
  const page = await context.newPage()
  let navigations = 0
  page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations++)
  if (options.at) {
    await page.clock.install({ time: new Date(options.at.getTime() - 60_000) })
    await page.clock.pauseAt(options.at)
  }
  await page.goto(`${server.url}/scherm/${query}`)
  if (options.javaScriptEnabled !== false) await page.locator('[data-screen-live]').waitFor({ state: 'visible' })
  return { context, page, problems, navigations: () => navigations }
}

type SlideView = { day: string; heading: string; count: string; messages: string[]; rows: Row[] }

const readSlide = (page: Page): Promise<SlideView> =>
  page.evaluate(() => {
    const live = document.querySelector<HTMLElement>('[data-screen-live]')!
    const text = (el: Element | null) => el?.textContent?.trim() ?? ''
    const day = live.dataset.day ?? ''
    return {
      day,
      heading: text(live.querySelector('[data-slide-heading]')),
      count: text(live.querySelector('[data-slide-count]')),
      messages: [...live.querySelectorAll('[data-slide-messages]:not([hidden]) p')].map(text),
      rows: [...live.querySelectorAll('[data-slide-list] > li')].map((li) => ({
        day,
        start: text(li.querySelector('[data-field="start"]')),
        title: text(li.querySelector('[data-field="title"]')),
        category: text(li.querySelector('[data-field="category"]')),
      })),
    }
  })

const signature = (slide: SlideView) => JSON.stringify(slide)

/** Every slide once around, from the one on screen, moving the clock one rotation at a time. */
const slidesAround = async (page: Page): Promise<SlideView[]> => {
  const first = await readSlide(page)
  const slides = [first]
  for (let i = 0; i < 100; i++) {
    await page.clock.fastForward(ROTATE_MS)
    const slide = await readSlide(page)
    if (signature(slide) === signature(first)) return slides
    slides.push(slide)
  }
  throw new Error('The screen did not come back to its first slide')
}

const keys = (rows: Row[]) => rows.map(rowKey).sort()
const clockDate = (page: Page) => page.locator('[data-clock-date]').textContent()
const statusText = (page: Page) => page.locator('[data-screen-status]').textContent()

describe('screen mode in Chromium (1920×1080)', () => {
  it('moves to the next day at midnight in Amsterdam, without a reload, whatever the device’s time zone', async () => {
    const d = rolloverDay()
    const beforeMidnight = amsterdamMoment(d, 23, 59)
    const afterMidnight = amsterdamMoment(d + 1, 0, 1)
    const dayD = amsterdamDateKey(beforeMidnight)
    const dayNext = amsterdamDateKey(afterMidnight)
    // In New York it is still the afternoon of day D throughout.
    const { page, problems, navigations, context } = await openScreen('', { at: beforeMidnight, timezoneId: 'America/New_York' })
    await page.evaluate(() => Object.assign(window, { sameDocument: true }))

    expect(await clockDate(page)).toBe(dayText(beforeMidnight))
    expect(await page.locator('[data-clock-time]').textContent()).toBe('23:59')
    const lateOnD = await readSlide(page)
    expect(lateOnD).toMatchObject({ day: dayD, heading: 'Vandaag' })
    expect(keys(lateOnD.rows)).toEqual(keys(expectedRows(beforeMidnight).today))
    await page.clock.fastForward(ROTATE_MS)
    const tomorrow = await readSlide(page)
    expect(tomorrow.day).toBe(dayNext)
    expect(tomorrow.heading).toBe(`Morgen, ${dayText(afterMidnight)}`)

    await page.clock.fastForward(afterMidnight.getTime() - beforeMidnight.getTime() - ROTATE_MS)
    await expect.poll(() => clockDate(page)).toBe(dayText(afterMidnight))
    const newDay = await readSlide(page)
    expect(newDay).toMatchObject({ day: dayNext, heading: 'Vandaag' })
    const todays = (await slidesAround(page)).filter((slide) => slide.heading === 'Vandaag')
    const expected = expectedRows(afterMidnight).today
    expect(expected.length).toBeGreaterThan(0)
    expect(todays.every((slide) => slide.day === dayNext)).toBe(true)
    expect(keys(todays.flatMap((slide) => slide.rows))).toEqual(keys(expected))

    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true)
    expect(navigations()).toBe(1)
    expect(problems).toEqual([])
    await context.close()
  })

  it('rotates through today and each day of the week, every slide fitting the screen in type readable from afar', async () => {
    const at = amsterdamMoment(rolloverDay() + 1, 0, 1)
    const { page, problems, context } = await openScreen('', { at })
    const slides = await slidesAround(page)
    const expected = expectedRows(at)
    expect(slides.length).toBeGreaterThan(2)
    expect(keys(slides.flatMap((slide) => slide.rows))).toEqual(keys([...expected.today, ...expected.week]))
    // Days in order, "Vandaag" first, each day's slides numbered.
    const days = slides.map((slide) => slide.day)
    expect(days).toEqual([...days].sort())
    expect(slides[0]!.heading).toBe('Vandaag')
    for (const slide of slides.filter((s) => s.count)) expect(slide.count).toMatch(/^\d+ van \d+$/)

    // Nothing scrolls or is cut off, on any slide; titles and times are big and bold.
    for (let i = 0; i < slides.length; i++) {
      const layout = await page.evaluate(() => {
        const list = document.querySelector<HTMLElement>('[data-slide-list]')!
        const title = document.querySelector('[data-slide-list] .screen-title')
        const start = document.querySelector('[data-slide-list] .screen-start')
        const px = (el: Element | null, property: 'fontSize' | 'fontWeight') => (el ? Number.parseFloat(getComputedStyle(el)[property]) : null)
        return {
          pageFits: document.documentElement.scrollHeight <= window.innerHeight,
          listFits: list.scrollHeight <= list.clientHeight + 1,
          title: px(title, 'fontSize'),
          start: px(start, 'fontSize'),
          startWeight: px(start, 'fontWeight'),
        }
      })
      expect(layout.pageFits && layout.listFits).toBe(true)
      if (layout.title !== null) {
        expect(layout.title).toBeGreaterThanOrEqual(48)
        expect(layout.start).toBeGreaterThanOrEqual(48)
        expect(layout.startWeight).toBeGreaterThanOrEqual(700)
      }
      await page.clock.fastForward(ROTATE_MS)
    }
    expect(problems).toEqual([])
    await context.close()
  })

  it('still moves on with reduced motion, only without the animation', async () => {
    const at = amsterdamMoment(rolloverDay() + 1, 0, 1)
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const { page, context } = await openScreen('', { at, reducedMotion })
      const first = await readSlide(page)
      await page.clock.fastForward(ROTATE_MS)
      expect(signature(await readSlide(page))).not.toBe(signature(first))
      const animation = await page.locator('[data-screen-live]').evaluate((el) => getComputedStyle(el).animationName)
      expect(animation).toBe(reducedMotion === 'reduce' ? 'none' : 'screen-slide-in')
      await context.close()
    }
  })

  it('?categorie= shows only that category, and says so', async () => {
    const at = amsterdamMoment(rolloverDay() + 1, 0, 1)
    const category = 'buurtmaaltijd'
    const { page, problems, context } = await openScreen(`?categorie=${category}`, { at })
    const expected = expectedRows(at, (event) => event.category === category)
    expect(expected.week.length).toBeGreaterThan(0)
    const rows = (await slidesAround(page)).flatMap((slide) => slide.rows)
    expect(keys(rows)).toEqual(keys([...expected.today, ...expected.week]))
    expect(rows.every((row) => row.category === EVENT_CATEGORY_LABELS[category])).toBe(true)
    expect(await page.locator('[data-screen-filter]').textContent()).toBe(EVENT_CATEGORY_LABELS[category])
    expect(problems).toEqual([])
    await context.close()
  })

  it('?organisatie= shows only that organisation’s activities, and names it', async () => {
    const at = amsterdamMoment(rolloverDay() + 1, 0, 1)
    const weekCounts = new Map<string, number>()
    for (const row of feedOccurrences) if (row.event.organisation) weekCounts.set(row.event.organisation, (weekCounts.get(row.event.organisation) ?? 0) + 1)
    const [slug] = [...weekCounts].sort((a, b) => b[1] - a[1])[0]!
    const { page, problems, context } = await openScreen(`?organisatie=${slug}`, { at })
    const expected = expectedRows(at, (event) => event.organisation === slug)
    expect(expected.today.length + expected.week.length).toBeGreaterThan(1)
    expect(keys((await slidesAround(page)).flatMap((slide) => slide.rows))).toEqual(keys([...expected.today, ...expected.week]))
    expect(await page.locator('[data-screen-filter]').textContent()).toBe(organisationNames.get(slug))
    expect(problems).toEqual([])
    await context.close()
  })

  it('says in Dutch what is wrong with an unknown category or organisation, instead of showing everything', async () => {
    const { page, context } = await openScreen('?categorie=eten&organisatie=bestaat-niet')
    const slide = await readSlide(page)
    expect(slide.heading).toBe('Dit scherm is niet goed ingesteld')
    expect(slide.rows).toEqual([])
    expect(slide.messages.join(' ')).toContain('geen soort activiteit “eten”')
    expect(slide.messages.join(' ')).toContain('geen organisatie “bestaat-niet”')
    expect(slide.messages.join(' ')).toContain('/agenda-op-een-scherm/')
    await context.close()
  })

  it('keeps the last agenda on screen when the feed goes away, also after a reload, without reloading by itself', async () => {
    const at = amsterdamMoment(rolloverDay() + 1, 0, 1)
    const { page, context, navigations } = await openScreen('', { at })
    await expect.poll(() => statusText(page)).toBe(`Laatst bijgewerkt: ${timeText(at)}`)
    const online = await slidesAround(page)

    await context.route(FEED, (route) => route.abort('internetdisconnected'))
    await page.clock.fastForward(5 * 60_000)
    await expect.poll(() => statusText(page)).toBe(`Laatst bijgewerkt: ${timeText(at)} · nu geen verbinding`)
    const offline = await readSlide(page)
    expect(online.map(signature)).toContain(signature(offline))
    expect(offline.rows.length).toBeGreaterThan(0)

    // A reload while offline shows the copy kept in this browser.
    await page.reload()
    await page.locator('[data-screen-live]').waitFor({ state: 'visible' })
    await expect.poll(() => statusText(page)).toBe(`Laatst bijgewerkt: ${timeText(at)} · nu geen verbinding`)
    expect(await page.locator('[data-screen-static]').isHidden()).toBe(true)
    expect((await readSlide(page)).rows.length).toBeGreaterThan(0)
    await page.clock.fastForward(30 * 60_000)
    expect(navigations()).toBe(2)
    await context.close()
  })

  it('fetches the feed again every five minutes and shows what changed, without a reload', async () => {
    const at = amsterdamMoment(rolloverDay() + 1, 0, 1)
    const { page, context, navigations, problems } = await openScreen('', { at })
    await expect.poll(() => statusText(page)).toBe(`Laatst bijgewerkt: ${timeText(at)}`)
    const feed = JSON.parse(readBuilt('/scherm/agenda.json')) as { activities: { start: string }[] }
    const added = {
      title: 'Extra: bingo in de grote zaal',
      start: toAmsterdamIso(new Date(at.getTime() + 3_600_000)),
      end: toAmsterdamIso(new Date(at.getTime() + 7_200_000)),
      place: 'Grote zaal',
      category: 'ontmoeting',
      organisation: null,
      url: '/agenda/',
      cancelled: false,
    }
    const changed = {
      ...feed,
      generatedAt: toAmsterdamIso(at),
      activities: [...feed.activities, added].sort((a, b) => Date.parse(a.start) - Date.parse(b.start)),
    }
    await context.route(FEED, (route) => route.fulfill({ json: changed }))
    const titles = async () => (await slidesAround(page)).flatMap((slide) => slide.rows.map((row) => row.title))
    expect(await titles()).not.toContain(added.title)
    await page.clock.fastForward(5 * 60_000)
    const pageNow = new Date(await page.evaluate(() => Date.now()))
    await expect.poll(() => statusText(page)).toBe(`Laatst bijgewerkt: ${timeText(pageNow)}`)
    expect(timeText(pageNow)).not.toBe(timeText(at))
    expect(await titles()).toContain(added.title)
    expect(navigations()).toBe(1)
    expect(problems).toEqual([])
    await context.close()
  })

  it('asks the server every time, and an unchanged feed costs a 304', async () => {
    const answers: number[] = []
    const counting = createServer((req, res) => {
      if (req.url?.startsWith('/scherm/agenda.json')) res.on('finish', () => answers.push(res.statusCode))
      serveStatic(req, res, siteDir)
    })
    await new Promise<void>((resolve) => counting.listen(0, '127.0.0.1', resolve))
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
    const page = await context.newPage()
    const at = amsterdamMoment(1, 0, 1)
    await page.clock.install({ time: new Date(at.getTime() - 60_000) })
    await page.clock.pauseAt(at)
    await page.goto(`http://127.0.0.1:${(counting.address() as AddressInfo).port}/scherm/`)
    await expect.poll(() => answers.length).toBe(1)
    // The next refetch is timed from the end of the previous one, which the page handles a moment after
    // the server counted it: until a refetch arrives, five more minutes pass on each try. A fetch in
    // flight has no timer pending, so a try too many cannot cause an extra fetch.
    for (const count of [2, 3]) {
      await expect
        .poll(
          async () => {
            if (answers.length < count) await page.clock.fastForward(5 * 60_000)
            return answers.length
          },
          { interval: 250 },
        )
        .toBe(count)
    }
    expect(answers).toEqual([200, 304, 304])
    await context.close()
    counting.closeAllConnections()
    counting.close()
  })

  it('with no feed and nothing kept, runs on the rows the page was built with', async () => {
    // The build's rows (its fallback list) for the first coming day that has some.
    const builtRows = builtPage('/scherm/')
      .querySelectorAll('[data-activity]')
      .map((li) => JSON.parse(li.getAttribute('data-activity')!) as { start: string; title: string })
    const days = [1, 2, 3, 4, 5, 6].map((d) => amsterdamDateKey(addAmsterdamDays(buildDay, d)))
    const day = days.find((key) => builtRows.some((row) => amsterdamDateKey(new Date(row.start)) === key))!
    const at = amsterdamMoment(days.indexOf(day) + 1, 0, 1)
    const { page, context } = await openScreen('', { at, prepare: (ctx) => ctx.route(FEED, (route) => route.abort('internetdisconnected')) })
    await expect.poll(() => statusText(page)).toContain('nu geen verbinding')
    const shown = (await slidesAround(page)).filter((slide) => slide.heading === 'Vandaag')
    expect(shown.every((slide) => slide.day === day)).toBe(true)
    const expected = builtRows
      .filter((row) => amsterdamDateKey(new Date(row.start)) === day)
      .map((row) => `${timeText(row.start)} ${row.title}`)
      .sort()
    expect(
      shown
        .flatMap((slide) => slide.rows)
        .map((row) => `${row.start} ${row.title}`)
        .sort(),
    ).toEqual(expected)
    await context.close()
  })

  it('without JavaScript shows the build’s list of today and the coming days, with a note', async () => {
    const { page, context } = await openScreen('', { javaScriptEnabled: false })
    expect(await page.locator('[data-screen-live]').isHidden()).toBe(true)
    expect(await page.locator('.screen-note').textContent()).toContain('JavaScript')
    const built = buildMoment()
    const expected = expectedRows(built)
    const shown = await page.locator('[data-screen-static] .screen-title').allTextContents()
    expect(shown).toEqual([...expected.today, ...expected.week].slice(0, 40).map((row) => row.title))
    expect(await page.locator('[data-screen-static] h2').first().textContent()).toContain(dayText(built))
    const firstWeekDay = expected.week[0]
    if (firstWeekDay && expected.today.length < 40) {
      expect((await page.locator('[data-screen-static] h2').nth(1).textContent())?.toLowerCase()).toContain(dayText(new Date(`${firstWeekDay.day}T12:00:00Z`)))
    }
    await context.close()
  })
})
