import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { LARGE_TEXT, TEXT_SIZE_ATTRIBUTE, TEXT_SIZE_STORAGE_KEY } from '../src/lib/textSize'
import { snapshot } from './helpers/builtSite'
import { answerOsmTiles } from './helpers/mapPage'
import { MISSING_PATH, PAGE_TYPES } from './helpers/pageTypes'
import { closeServedSite, openServedSite, type SiteServer } from './helpers/servedSite'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

let browser: Browser
let server: SiteServer

beforeAll(async () => ({ browser, server } = await openServedSite()))
afterAll(() => closeServedSite(browser, server))

/** Everything the page could not load or run: CSP refusals, script errors, missing files. */
const problems = new WeakMap<Page, string[]>()

// axe-core is injected as an inline script, which the site's CSP rightly refuses; only the audit bypasses it.
const open = async (urlPath: string, width = 1280, { bypassCSP = false } = {}): Promise<Page> => {
  const page = await browser.newPage({ locale: 'nl-NL', viewport: { width, height: 900 }, bypassCSP })
  const seen: string[] = []
  problems.set(page, seen)
  page.on('console', (message) => message.type() === 'error' && seen.push(message.text()))
  page.on('pageerror', (error) => seen.push(error.message))
  await answerOsmTiles(page) // the map's tiles: there is no internet here
  await page.goto(`${server.url}${urlPath}`)
  return page
}

describe('in real Chromium', () => {
  it('search finds an organisation by its name', async () => {
    const organisation = snapshot.organisations[7]!
    const page = await open(`/zoeken/?q=${encodeURIComponent(organisation.name)}`)
    const hit = page.locator('.pagefind-ui__result-link', { hasText: organisation.name }).first()
    await hit.waitFor({ timeout: 20_000 })
    expect(new URL((await hit.getAttribute('href'))!, server.url).pathname).toBe(`/organisaties/${organisation.slug}/`)
    expect(problems.get(page)).toEqual([])
    await page.close()
  })

  it('search is usable with the keyboard alone', async () => {
    const page = await open('/zoeken/')
    const input = page.getByRole('searchbox').or(page.getByRole('textbox')).first()
    await input.waitFor({ timeout: 20_000 })
    // The visible "Waar zoek je naar?" is the label of Pagefind's input (linked once the input exists).
    expect(await input.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.id)).toBe('zoek-label')
    for (let i = 0; i < 30 && !(await input.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true)
    await page.keyboard.type(snapshot.articles[0]!.title.split(' ').slice(0, 3).join(' '))
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 20_000 })
    await page.close()
  })

  it("loads every page type under the site's own CSP without a refused resource or script error", async () => {
    const report: string[] = []
    for (const urlPath of PAGE_TYPES()) {
      const page = await open(urlPath, 390)
      await page.waitForLoadState('networkidle')
      // The 404 page's own status is expected; anything else missing is not.
      report.push(
        ...problems
          .get(page)!
          .filter((p) => !(urlPath === MISSING_PATH && p.includes('404')))
          .map((p) => `${urlPath}: ${p}`),
      )
      await page.close()
    }
    expect(report).toEqual([])
  })

  // axe checks the contrast of text, not of a field's outline (WCAG 1.4.11, non-text contrast).
  it("every form field's border has at least 3:1 contrast with what surrounds it", async () => {
    const formPages = [
      '/',
      '/nieuwsbrief/',
      '/account/registreren/',
      `/agenda/${snapshot.events[0]!.slug}/`,
      `/organisaties/${snapshot.organisations[0]!.slug}/`,
    ]
    const report: string[] = []
    for (const urlPath of formPages) {
      const page = await open(urlPath)
      const weak = await page.evaluate(() => {
        // Any CSS colour (Tailwind writes oklab) as sRGB, through a 1×1 canvas.
        const pixel = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!
        const rgba = (css: string) => {
          pixel.clearRect(0, 0, 1, 1)
          pixel.fillStyle = css
          pixel.fillRect(0, 0, 1, 1)
          const [r = 0, g = 0, b = 0, a = 0] = pixel.getImageData(0, 0, 1, 1).data
          return { r, g, b, a: a / 255 }
        }
        type Rgba = ReturnType<typeof rgba>
        const over = (top: Rgba, below: Rgba): Rgba => ({
          r: top.r * top.a + below.r * (1 - top.a),
          g: top.g * top.a + below.g * (1 - top.a),
          b: top.b * top.a + below.b * (1 - top.a),
          a: 1,
        })
        const luminance = ({ r, g, b }: Rgba) =>
          [r, g, b]
            .map((v) => v / 255)
            .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
            .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0)
        const contrast = (x: Rgba, y: Rgba) => {
          const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p)
          return (hi! + 0.05) / (lo! + 0.05)
        }
        const surface = (el: Element | null): Rgba => {
          for (let node = el; node; node = node.parentElement) {
            const colour = rgba(getComputedStyle(node).backgroundColor)
            if (colour.a > 0) return over(colour, { r: 255, g: 255, b: 255, a: 1 })
          }
          return { r: 255, g: 255, b: 255, a: 1 }
        }
        const fields = [...document.querySelectorAll('input, select, textarea')].filter(
          (el) =>
            !['hidden', 'checkbox', 'radio', 'submit'].includes((el as HTMLInputElement).type) &&
            (el as HTMLElement).offsetParent !== null &&
            !el.closest('[aria-hidden="true"]'),
        )
        return fields.flatMap((el) => {
          const style = getComputedStyle(el)
          const border = over(rgba(style.borderTopColor), surface(el))
          const ratio = contrast(border, surface(el.parentElement))
          return ratio < 3 ? [`#${el.id || el.getAttribute('name')}: border ${style.borderTopColor} is ${ratio.toFixed(2)}:1`] : []
        })
      })
      report.push(...weak.map((line) => `${urlPath} ${line}`))
      await page.close()
    }
    expect(report).toEqual([])
  })

  // One test per width and text size: each stays well within the time limit on a busy machine.
  it.each([
    [1280, 'normal'],
    [1280, LARGE_TEXT],
    [390, 'normal'],
    [390, LARGE_TEXT],
  ] as const)(
    'axe-core finds no WCAG 2.2 A/AA violation on any page type (%i px wide, %s text)',
    async (width, textSize) => {
      const report: string[] = []
      for (const urlPath of PAGE_TYPES()) {
        const page = await open(urlPath, width, { bypassCSP: true })
        if (textSize === LARGE_TEXT) {
          // Views without the "Grotere letters" button (a kiosk screen) have no large text to audit.
          if ((await page.locator('[data-text-size-toggle]').count()) === 0) {
            await page.close()
            continue
          }
          // A resident who chose "Grotere letters": the stored choice, applied by the page itself.
          await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [TEXT_SIZE_STORAGE_KEY, LARGE_TEXT])
          await page.reload()
          if ((await page.evaluate((name) => document.documentElement.getAttribute(name), TEXT_SIZE_ATTRIBUTE)) !== LARGE_TEXT)
            report.push(`${urlPath}: large text did not apply`)
        }
        await page.addScriptTag({ content: axeSource })
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
          ).axe
          // Only violations are reported: axe skips gathering the details of every passing check (faster on long pages).
          const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'], resultTypes: ['violations'] })
          return result.violations.map(
            (v) =>
              `${v.id}: ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(', ')}`,
          )
        })
        report.push(...violations.map((v) => `${urlPath} ${v}`))
        await page.close()
      }
      expect(report).toEqual([])
    },
    120_000,
  )
})
