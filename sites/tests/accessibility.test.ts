import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { XMLParser } from 'fast-xml-parser'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_SPEECH_LENGTH } from '../src/lib/speechText'
import { allPages, page as builtPage, siteDir, snapshot } from './helpers/builtSite'
import { answerOsmTiles, settledMap } from './helpers/mapPage'
import { searchRecords } from './helpers/searchRecords'
import { closeServedSite, openServedSite, type SiteServer } from './helpers/servedSite'

/*
 * Every resident: read-aloud, large text, keyboard use and the toegankelijkheidsverklaring, on the
 * real build in real Chromium, served with the site's own _headers (CSP included).
 */

let browser: Browser
let server: SiteServer

beforeAll(async () => ({ browser, server } = await openServedSite()))
afterAll(() => closeServedSite(browser, server))

const eventPath = `/agenda/${snapshot.events[0]!.slug}/`
const article = snapshot.articles[0]!
const articlePath = `/buurtkrant/${article.slug}/`
/** Pages residents read, checked for reflow with large text on a phone. */
const CONTENT_PAGES = [
  '/', '/agenda/', eventPath, '/organisaties/', `/organisaties/${snapshot.organisations[0]!.slug}/`, '/themas/',
  `/themas/${snapshot.themes[0]!.slug}/`, '/buurtkrant/', articlePath, '/prikbord/', '/zoeken/', '/over-deze-site/', '/toegankelijkheid/',
]

/** A fresh browser context (own localStorage) that collects console errors, script errors and CSP refusals. */
const newContext = async (options: { width?: number; javaScriptEnabled?: boolean } = {}) => {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: options.width ?? 1280, height: 900 }, javaScriptEnabled: options.javaScriptEnabled ?? true })
  const problems: string[] = []
  context.on('console', (message) => message.type() === 'error' && problems.push(message.text()))
  context.on('weberror', (error) => problems.push(error.error().message))
  return { context, problems }
}

const visit = async (context: BrowserContext, urlPath: string): Promise<Page> => {
  const page = await context.newPage()
  await page.goto(`${server.url}${urlPath}`)
  return page
}

/**
 * The browser's speech engine, observed: headless Chromium has no voices, so this init script takes
 * the place of speechSynthesis's methods, records what the page asks for, and lets the test play the
 * engine (an utterance "ends" when the test says so). Our own code is not touched.
 */
const recordSpeech = () => {
  const log = { spoken: [] as SpeechSynthesisUtterance[], calls: [] as string[] }
  Object.assign(window, { speechLog: log })
  const synth = window.speechSynthesis
  synth.speak = (utterance) => {
    log.calls.push('speak')
    log.spoken.push(utterance)
  }
  synth.cancel = () => log.calls.push('cancel')
  synth.pause = () => log.calls.push('pause')
  synth.resume = () => log.calls.push('resume')
}
type SpeechLog = { spoken: SpeechSynthesisUtterance[]; calls: string[] }

const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { speechLog: SpeechLog }).speechLog.spoken.map((u) => ({ text: u.text, lang: u.lang })))
const calls = (page: Page) => page.evaluate(() => (window as unknown as { speechLog: SpeechLog }).speechLog.calls)

/** The engine finishes the utterance it is speaking (`count` times), as a real one fires 'end'. */
const finishUtterances = (page: Page, count: number) =>
  page.evaluate((n) => {
    const log = (window as unknown as { speechLog: SpeechLog }).speechLog
    for (let i = 0; i < n; i++) {
      const before = log.spoken.length
      log.spoken.at(-1)!.dispatchEvent(new Event('end'))
      if (log.spoken.length === before) return
    }
  }, count)

const readAloudButton = (page: Page) => page.locator('[data-read-aloud]')
const stopButton = (page: Page) => page.locator('[data-read-aloud-stop]')
const textSizeButton = (page: Page) => page.locator('[data-text-size-toggle]')
const rootFontSize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))

/** Words as a listener hears them: letters and digits, lower case. */
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * Checks that `part` is `whole` with some words left out, in the same order; returns the first word
 * of `part` (with the words before it) that breaks this, or null.
 */
const notInOrder = (part: string[], whole: string[]): string | null => {
  let at = 0
  for (const [i, word] of part.entries()) {
    while (at < whole.length && whole[at] !== word) at++
    if (at++ >= whole.length) return part.slice(Math.max(0, i - 8), i + 1).join(' ')
  }
  return null
}

describe('read-aloud ("Lees voor")', () => {
  it('reads the main content only, in reading order, in Dutch, and skips what the search skips', async () => {
    const { context, problems } = await newContext()
    await context.addInitScript(recordSpeech)
    for (const urlPath of ['/', articlePath, eventPath, '/kaart/']) {
      const page = await context.newPage()
      await answerOsmTiles(page) // the map's tiles: there is no internet here
      await page.goto(`${server.url}${urlPath}`)
      if (urlPath === '/kaart/') await settledMap(page)
      await readAloudButton(page).click()
      await finishUtterances(page, 10_000)
      const utterances = await spoken(page)
      const facts = await page.evaluate(() => {
        const main = document.querySelector('main')!
        const inMain = main.textContent!.replace(/\s+/g, ' ')
        const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim()
        // Every text node on its own: the build leaves no whitespace between tags, so textContent runs words together.
        const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT)
        const nodes: string[] = []
        for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node.textContent!)
        return {
          main: nodes.join(' '),
          h1: text(main.querySelector('h1')!),
          // Header, nav and footer text that the main content does not also contain.
          outside: [...document.querySelectorAll('body > header a, body > footer h2, body > footer li')].map(text).filter((t) => t && !inMain.includes(t)),
          // Text only found in parts the site search leaves out (other stories, next dates, breadcrumbs).
          ignored: (() => {
            const rest = main.cloneNode(true) as Element
            for (const el of rest.querySelectorAll('[data-pagefind-ignore]')) el.remove()
            const kept = rest.textContent!.replace(/\s+/g, ' ')
            return [...main.querySelectorAll('[data-pagefind-ignore] :is(h2, h3, h4, li)')].map(text).filter((t) => t.length > 12 && !kept.includes(t))
          })(),
          // Text of parts marked not to be read (the map's markers, controls and attribution).
          skipped: [...main.querySelectorAll('[data-read-aloud-skip] *')].filter((el) => !el.children.length).map(text).filter((t) => t.length > 3 && !inMain.replace(t, '').includes(t)),
          toolbar: [...main.querySelectorAll('[data-access-toolbar] button')].map(text),
        }
      })
      const all = normalise(utterances.map((u) => u.text).join(' '))

      expect(utterances.length, urlPath).toBeGreaterThan(2)
      for (const u of utterances) expect(u.lang).toBe('nl-NL')
      for (const u of utterances) expect(u.text.length).toBeLessThanOrEqual(MAX_SPEECH_LENGTH)
      expect(utterances.map((u) => u.text)).toContain(facts.h1)
      // Every word read comes from <main>, in the order it stands there.
      expect(notInOrder(words(all), words(facts.main)), urlPath).toBe(null)
      expect(facts.outside.length).toBeGreaterThan(3)
      for (const text of facts.outside) expect(all, `${urlPath}: "${text}" is not main content`).not.toContain(text)
      for (const text of facts.toolbar) expect(utterances.map((u) => u.text)).not.toContain(text)
      if (urlPath !== '/' && urlPath !== '/kaart/') {
        expect(facts.ignored.length, urlPath).toBeGreaterThan(0)
        for (const text of facts.ignored) expect(all, `${urlPath}: "${text}" is left out of the search`).not.toContain(text)
      }
      if (urlPath === '/kaart/') expect(facts.skipped.length).toBeGreaterThan(0)
      for (const text of facts.skipped) expect(all, `${urlPath}: "${text}" is in the map`).not.toContain(text)
      // Read to the end: the button is back to its start.
      await expect.poll(() => readAloudButton(page).textContent()).toContain('Lees voor')
      expect(await stopButton(page).isHidden()).toBe(true)
      await page.close()
    }
    expect(problems).toEqual([])
    await context.close()
  })

  it('reads a long paragraph as short utterances cut at sentence ends', async () => {
    const { context } = await newContext()
    await context.addInitScript(recordSpeech)
    const page = await visit(context, articlePath)
    // A long story: all of the article's paragraphs as one paragraph, at the end of the article.
    const long = normalise(article.bodyHtml.replace(/<\/p>\s*<p>/g, ' ').replace(/<[^>]+>/g, ''))
    expect(long.length).toBeGreaterThan(MAX_SPEECH_LENGTH * 2)
    await page.evaluate((text) => {
      const p = document.createElement('p')
      p.textContent = text
      document.querySelector('main article')!.append(p)
    }, long)
    await readAloudButton(page).click()
    await finishUtterances(page, 10_000)
    const texts = (await spoken(page)).map((u) => u.text)
    const first = texts.findIndex((t) => long.startsWith(t))
    const pieces: string[] = []
    for (let i = first; i < texts.length && normalise(pieces.join(' ')).length < long.length; i++) pieces.push(texts[i]!)
    expect(pieces.length).toBeGreaterThanOrEqual(Math.ceil(long.length / MAX_SPEECH_LENGTH))
    expect(pieces.join(' ')).toBe(long)
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(MAX_SPEECH_LENGTH)
    for (const piece of pieces.slice(0, -1)) expect(piece).toMatch(/[.!?]$/)
    await context.close()
  })

  it('pauses, continues where it was and stops, and the buttons say so', async () => {
    const { context, problems } = await newContext({ width: 390 })
    await context.addInitScript(recordSpeech)
    const page = await visit(context, '/')
    const button = readAloudButton(page)
    expect(await button.textContent()).toContain('Lees voor')
    expect(await stopButton(page).isHidden()).toBe(true)

    await button.click()
    expect(await button.textContent()).toContain('Pauze')
    expect(await stopButton(page).isVisible()).toBe(true)
    await finishUtterances(page, 2)
    const before = await spoken(page)
    expect(before).toHaveLength(3)
    // The part being read is marked, so a reader can follow along.
    expect(normalise((await page.locator('[data-reading]').textContent()) ?? '')).toContain(before[2]!.text)

    await button.click()
    expect((await calls(page)).at(-1)).toBe('cancel')
    expect(await button.textContent()).toContain('Verder lezen')
    // What a real engine does after cancel(): the interrupted utterance ends; nothing new is read.
    await finishUtterances(page, 1)
    expect(await spoken(page)).toHaveLength(3)

    await button.click()
    const resumed = await spoken(page)
    expect(resumed).toHaveLength(4)
    expect(resumed[3]!.text).toBe(before[2]!.text)
    expect(await button.textContent()).toContain('Pauze')

    // Another tab starts speaking and the engine interrupts this page: it waits, ready to continue.
    await page.evaluate(() => {
      const utterance = (window as unknown as { speechLog: SpeechLog }).speechLog.spoken.at(-1)!
      utterance.dispatchEvent(new SpeechSynthesisErrorEvent('error', { utterance, error: 'interrupted' }))
    })
    expect(await button.textContent()).toContain('Verder lezen')
    await button.click()
    expect(await spoken(page)).toHaveLength(5)
    expect(await button.textContent()).toContain('Pauze')

    await stopButton(page).click()
    expect((await calls(page)).at(-1)).toBe('cancel')
    expect(await button.textContent()).toContain('Lees voor')
    expect(await stopButton(page).isHidden()).toBe(true)
    expect(await page.locator('[data-reading]').count()).toBe(0)
    // The focus does not vanish with the stop button.
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true)
    await finishUtterances(page, 1)
    expect(await spoken(page)).toHaveLength(5)
    expect(problems).toEqual([])
    await context.close()
  })

  it('is not shown without speech synthesis, and neither button is shown without JavaScript', async () => {
    const noSpeech = await newContext()
    await noSpeech.context.addInitScript(() => {
      delete (window as unknown as Record<string, unknown>).speechSynthesis
      delete (Window.prototype as unknown as Record<string, unknown>).speechSynthesis
    })
    const page = await visit(noSpeech.context, '/')
    await textSizeButton(page).waitFor()
    expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false)
    expect(await readAloudButton(page).isHidden()).toBe(true)
    expect(await textSizeButton(page).isVisible()).toBe(true)
    expect(noSpeech.problems).toEqual([])
    await noSpeech.context.close()

    const noScript = await newContext({ javaScriptEnabled: false })
    const plain = await visit(noScript.context, '/')
    expect(await plain.locator('main h1').isVisible()).toBe(true)
    expect(await plain.locator('[data-access-toolbar]').isHidden()).toBe(true)
    expect(await readAloudButton(plain).isHidden()).toBe(true)
    expect(await textSizeButton(plain).isHidden()).toBe(true)
    await noScript.context.close()
  })
})

describe('large text ("Grotere letters")', () => {
  it('stays on across pages and visits, applies before the page is drawn, and stays off when turned off', async () => {
    const { context, problems } = await newContext({ width: 390 })
    // The text size as it is when the browser starts building the <body>: before anything is drawn.
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return
        Object.assign(window, { sizeAtBody: document.documentElement.getAttribute('data-text-size') })
        observer.disconnect()
      }).observe(document, { childList: true, subtree: true })
    })
    const page = await visit(context, '/')
    const normal = await rootFontSize(page)
    expect(await textSizeButton(page).getAttribute('aria-pressed')).toBe('false')

    await textSizeButton(page).click()
    expect(await textSizeButton(page).getAttribute('aria-pressed')).toBe('true')
    const large = await rootFontSize(page)
    expect(large).toBeGreaterThan(normal * 1.15)

    // Another page, through the site's own navigation.
    await page.locator('body > header a[href="/agenda/"]').click()
    await page.waitForURL('**/agenda/')
    expect(await rootFontSize(page)).toBe(large)
    expect(await page.evaluate(() => (window as unknown as { sizeAtBody: string | null }).sizeAtBody)).toBe('large')
    expect(await textSizeButton(page).getAttribute('aria-pressed')).toBe('true')

    // A later visit in a new tab.
    const later = await visit(context, articlePath)
    expect(await rootFontSize(later)).toBe(large)
    expect(await later.evaluate(() => (window as unknown as { sizeAtBody: string | null }).sizeAtBody)).toBe('large')

    await textSizeButton(later).click()
    expect(await rootFontSize(later)).toBe(normal)
    expect(await textSizeButton(later).getAttribute('aria-pressed')).toBe('false')
    await later.locator('body > footer a[href="/toegankelijkheid/"]').click()
    await later.waitForURL('**/toegankelijkheid/')
    expect(await rootFontSize(later)).toBe(normal)
    expect(await later.evaluate(() => (window as unknown as { sizeAtBody: string | null }).sizeAtBody)).toBe(null)
    await page.reload()
    expect(await rootFontSize(page)).toBe(normal)
    expect(problems).toEqual([])
    await context.close()
  })

  it('keeps every content page within a 390 px phone screen', async () => {
    const { context, problems } = await newContext({ width: 390 })
    // As if the resident chose large text earlier (about:blank has no storage of its own).
    await context.addInitScript(() => location.protocol === 'http:' && localStorage.setItem('wijk-tekstgrootte', 'large'))
    const tooWide: string[] = []
    const page = await context.newPage()
    for (const urlPath of CONTENT_PAGES) {
      await page.goto(`${server.url}${urlPath}`)
      expect(await page.evaluate(() => document.documentElement.getAttribute('data-text-size')), urlPath).toBe('large')
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      if (width > 390) tooWide.push(`${urlPath}: ${width} px`)
    }
    expect(tooWide).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })
})

describe('the keyboard alone', () => {
  /** What has the focus, and whether its focus ring is the thick one. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement
      const style = getComputedStyle(el)
      const box = el.getBoundingClientRect()
      return {
        text: el.textContent!.replace(/\s+/g, ' ').trim(),
        href: el.getAttribute('href'),
        readAloud: el.hasAttribute('data-read-aloud'),
        inMain: !!el.closest('main'),
        ring: style.outlineStyle === 'solid' && parseFloat(style.outlineWidth) >= 3,
        visible: box.width > 20 && box.height > 20 && box.top >= 0 && box.left >= 0,
      }
    })

  it('tabs from the top to the skip link, the search, the agenda and read-aloud, and works both toolbar buttons', async () => {
    const { context, problems } = await newContext()
    await context.addInitScript(recordSpeech)
    const page = await visit(context, '/')
    await textSizeButton(page).waitFor()

    const stops: Awaited<ReturnType<typeof focused>>[] = []
    for (let i = 0; i < 40 && !stops.at(-1)?.readAloud; i++) {
      await page.keyboard.press('Tab')
      stops.push(await focused(page))
    }
    expect(stops[0]).toMatchObject({ text: 'Naar de inhoud', href: '#inhoud', visible: true })
    expect(stops.some((s) => s.href === '/zoeken/')).toBe(true)
    expect(stops.some((s) => s.href === '/agenda/')).toBe(true)
    expect(stops.at(-1)).toMatchObject({ readAloud: true, inMain: true })
    for (const stop of stops) expect(stop.ring, `focus ring on "${stop.text}"`).toBe(true)

    await page.keyboard.press('Enter')
    expect(await calls(page)).toContain('speak')
    expect(await readAloudButton(page).textContent()).toContain('Pauze')
    await page.keyboard.press('Space')
    expect(await readAloudButton(page).textContent()).toContain('Verder lezen')
    await page.keyboard.press('Tab')
    expect((await focused(page)).text).toBe('Stop')
    await page.keyboard.press('Enter')
    expect(await readAloudButton(page).textContent()).toContain('Lees voor')

    const normal = await rootFontSize(page)
    await page.keyboard.press('Tab')
    expect(await textSizeButton(page).evaluate((el) => el === document.activeElement)).toBe(true)
    await page.keyboard.press('Space')
    expect(await textSizeButton(page).getAttribute('aria-pressed')).toBe('true')
    expect(await rootFontSize(page)).toBeGreaterThan(normal)
    await page.keyboard.press('Enter')
    expect(await textSizeButton(page).getAttribute('aria-pressed')).toBe('false')
    expect(await rootFontSize(page)).toBe(normal)
    expect(problems).toEqual([])
    await context.close()
  })

  it('the skip link jumps over the header to the main content', async () => {
    const { context } = await newContext({ width: 390 })
    const page = await visit(context, `/organisaties/${snapshot.organisations[0]!.slug}/`)
    await textSizeButton(page).waitFor()
    await page.keyboard.press('Tab')
    expect((await focused(page)).text).toBe('Naar de inhoud')
    await page.keyboard.press('Enter')
    expect(new URL(page.url()).hash).toBe('#inhoud')
    await page.keyboard.press('Tab')
    expect(await focused(page)).toMatchObject({ inMain: true, readAloud: true, ring: true })
    await context.close()
  })

  it('every link and button of the home page shows the thick focus ring', async () => {
    const { context } = await newContext({ width: 390 })
    const page = await visit(context, '/')
    await textSizeButton(page).waitFor()
    const total = await page.evaluate(() => document.querySelectorAll('a[href], button:not([hidden])').length)
    const withoutRing: string[] = []
    let reached = 0
    for (let i = 0; i < total; i++) {
      await page.keyboard.press('Tab')
      // Past the last link the focus leaves the page.
      if (await page.evaluate(() => document.activeElement === document.body)) break
      reached++
      const stop = await focused(page)
      if (!stop.ring) withoutRing.push(stop.text)
    }
    expect(reached).toBeGreaterThan(total * 0.9)
    expect(withoutRing).toEqual([])
    await context.close()
  })
})

describe('the built site', () => {
  it('has a toegankelijkheidsverklaring with the wijk\'s own contact, in the sitemap and linked from every page\'s footer', () => {
    const doc = builtPage('/toegankelijkheid/')
    expect(doc.querySelector('main h1')!.textContent.replace(/\u00ad/g, '')).toBe('Toegankelijkheid')
    const text = doc.querySelector('main')!.textContent
    expect(text).toContain('WCAG')
    const { email, phone, address } = snapshot.wijk.contact
    expect(email && phone && address).toBeTruthy()
    expect(doc.querySelector(`main a[href^="mailto:${email}"]`)).not.toBeNull()
    expect(text).toContain(phone!)
    expect(text).toContain(`${address!.street} ${address!.houseNumber}`)

    const parser = new XMLParser()
    const index = parser.parse(readFileSync(path.join(siteDir, 'sitemap-index.xml'), 'utf8'))
    const locs = [index.sitemapindex.sitemap].flat().flatMap((s: { loc: string }) =>
      [parser.parse(readFileSync(path.join(siteDir, new URL(s.loc).pathname), 'utf8')).urlset.url].flat().map((u: { loc: string }) => new URL(u.loc).pathname))
    expect(locs).toContain('/toegankelijkheid/')

    // Kiosk and print views have no site footer at all; every page that has one links here.
    const withFooter = allPages().map((p) => ({ p, doc: builtPage(p) })).filter(({ doc }) => doc.querySelector('body > footer'))
    expect(withFooter.length).toBeGreaterThan(snapshot.organisations.length + snapshot.events.length)
    expect(withFooter.filter(({ doc }) => !doc.querySelector('body > footer a[href="/toegankelijkheid/"]')).map(({ p }) => p)).toEqual([])
  })

  it('allows every inline script of every page by its hash in the CSP, and no other', () => {
    const csp = readFileSync(path.join(siteDir, '_headers'), 'utf8').match(/Content-Security-Policy: (.*)/)![1]!
    const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src '))!
    const hashes = new Set<string>()
    for (const p of allPages()) {
      for (const script of builtPage(p).querySelectorAll('script:not([src])')) {
        const type = script.getAttribute('type')
        if (type && type !== 'module' && type !== 'text/javascript') continue
        hashes.add(`'sha256-${createHash('sha256').update(script.textContent).digest('base64')}'`)
      }
    }
    expect(hashes.size).toBe(1)
    for (const hash of hashes) expect(scriptSrc.split(' ')).toContain(hash)
    expect(scriptSrc).not.toContain('unsafe-inline')
  })

  it('leaves the toolbar out of the search index', () => {
    const records = searchRecords(siteDir)
    expect(records.length).toBeGreaterThan(0)
    expect(records.filter((r) => r.content.includes('Grotere letters') || r.content.includes('Lees voor'))).toEqual([])
  })
})
