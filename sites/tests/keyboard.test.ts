import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { useServedSiteInBrowser } from './helpers/accessibilityBrowser'
import { readAloudButton, rootFontSize, textSizeButton } from './helpers/accessToolbar'
import { snapshot } from './helpers/builtSite'
import { calls, recordSpeech } from './helpers/speechRecorder'

/*
 * The keyboard alone: tab order, the skip link and the focus ring, on the real build in real
 * Chromium, served with the site's own _headers (CSP included).
 */

const { newContext, visit } = useServedSiteInBrowser()

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
