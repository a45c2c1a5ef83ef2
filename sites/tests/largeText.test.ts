import { describe, expect, it } from 'vitest'

import { useServedSiteInBrowser } from './helpers/accessibilityBrowser'
import { rootFontSize, textSizeButton } from './helpers/accessToolbar'
import { snapshot } from './helpers/builtSite'

/*
 * Large text ("Grotere letters") on the real build in real Chromium, served with the site's own
 * _headers (CSP included).
 */

const { newContext, visit, url } = useServedSiteInBrowser()

const eventPath = `/agenda/${snapshot.events[0]!.slug}/`
const article = snapshot.articles[0]!
const articlePath = `/buurtkrant/${article.slug}/`
/** Pages residents read, checked for reflow with large text on a phone. */
const CONTENT_PAGES = [
  '/',
  '/agenda/',
  eventPath,
  '/organisaties/',
  `/organisaties/${snapshot.organisations[0]!.slug}/`,
  '/themas/',
  `/themas/${snapshot.themes[0]!.slug}/`,
  '/buurtkrant/',
  articlePath,
  '/prikbord/',
  '/zoeken/',
  '/over-deze-site/',
  '/toegankelijkheid/',
]

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
      await page.goto(`${url()}${urlPath}`)
      expect(await page.evaluate(() => document.documentElement.getAttribute('data-text-size')), urlPath).toBe('large')
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      if (width > 390) tooWide.push(`${urlPath}: ${width} px`)
    }
    expect(tooWide).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })
})
