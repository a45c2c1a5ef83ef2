import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import type { Browser, Page } from 'playwright-core'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** WCAG 2.2 A and AA, as the site's own audit (sites/tests/browser.test.ts). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** The views every Mijn buurt page passes: a small phone, a desktop, and a phone at 200 % text. */
const AXE_VIEWS = [
  { label: '320 px', width: 320, textPercent: 100 },
  { label: '1280 px', width: 1280, textPercent: 100 },
  { label: '320 px, 200 % tekst', width: 320, textPercent: 200 },
  { label: '1280 px, 200 % tekst', width: 1280, textPercent: 200 },
] as const

type AxeView = (typeof AXE_VIEWS)[number]

/**
 * axe-core's violations on the page as it is now, one line each ("rule: selector, …"); an empty list
 * passes. Injected with addScriptTag (the page's own CSP, if any, is bypassed by the context; see
 * openForAxe). Also reports a page that scrolls sideways (WCAG 1.4.10 reflow), which axe does not check.
 */
const axeViolations = async (page: Page): Promise<string[]> => {
  await page.addScriptTag({ content: axeSource })
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } })
      .axe
    const result = await axe.run(document, { runOnly: tags, resultTypes: ['violations'] })
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    )
  }, WCAG_TAGS)
  // The page scrolls sideways: name the first (innermost) element that sticks out, to know what to fix.
  const sideways = await page.evaluate(() => {
    const width = document.documentElement.clientWidth
    if (document.documentElement.scrollWidth <= width + 1) return null
    const out = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > width + 1)
    const inner = out.filter((el) => !out.some((other) => other !== el && el.contains(other)))
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`
    return inner
      .slice(0, 3)
      .map((el) => `${name(el)} "${(el.textContent ?? '').trim().slice(0, 30)}"`)
      .join(', ')
  })
  return sideways === null ? violations : [...violations, `reflow: de pagina schuift zijwaarts (${sideways})`]
}

/** 200 % text the way a browser's text-only zoom does it: the root font size doubled (everything is in rem). */
const setTextPercent = (page: Page, percent: number) =>
  page.evaluate((value) => {
    document.documentElement.style.fontSize = `${value}%`
  }, percent)

/**
 * Every view of AXE_VIEWS on one URL: `open` gets a fresh page of the right width (and cookies, if the
 * context has them) and returns after navigating. Returns "<view> <url> <violation>" lines.
 */
export const auditAllViews = async (open: (width: number) => Promise<Page>, url: string): Promise<string[]> => {
  const report: string[] = []
  for (const view of AXE_VIEWS) {
    const page = await open(view.width)
    if (view.textPercent !== 100) await setTextPercent(page, view.textPercent)
    report.push(...(await axeViolations(page)).map((line) => `${view.label} ${url} ${line}`))
    await page.close()
  }
  return report
}

/** A new context for audits: bypassCSP lets axe's script run on pages with a strict CSP. */
export const newAuditContext = (browser: Browser, options: Parameters<Browser['newContext']>[0] = {}) => browser.newContext({ bypassCSP: true, ...options })
