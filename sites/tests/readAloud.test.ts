import { describe, expect, it } from 'vitest'

import { MAX_SPEECH_LENGTH } from '../src/lib/speechText'
import { useServedSiteInBrowser } from './helpers/accessibilityBrowser'
import { readAloudButton, stopButton, textSizeButton } from './helpers/accessToolbar'
import { snapshot } from './helpers/builtSite'
import { answerOsmTiles, settledMap } from './helpers/mapPage'
import { calls, finishUtterances, recordSpeech, type SpeechLog, spoken } from './helpers/speechRecorder'

/*
 * Read-aloud ("Lees voor") on the real build in real Chromium, served with the site's own _headers
 * (CSP included); an init script stands in for the speech engine (helpers/speechRecorder.ts).
 */

const { newContext, visit, url } = useServedSiteInBrowser()

const eventPath = `/agenda/${snapshot.events[0]!.slug}/`
const article = snapshot.articles[0]!
const articlePath = `/buurtkrant/${article.slug}/`

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
      await page.goto(`${url()}${urlPath}`)
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
          skipped: [...main.querySelectorAll('[data-read-aloud-skip] *')]
            .filter((el) => !el.children.length)
            .map(text)
            .filter((t) => t.length > 3 && !inMain.replace(t, '').includes(t)),
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
    // One icon at a time, the one of the button's state.
    const shownIcons = () =>
      button
        .locator('svg[data-icon]')
        .evaluateAll((icons) => icons.filter((icon) => getComputedStyle(icon).display !== 'none').map((icon) => icon.getAttribute('data-icon')))
    expect(await button.textContent()).toContain('Lees voor')
    expect(await shownIcons()).toEqual(['idle'])
    expect(await stopButton(page).isHidden()).toBe(true)

    await button.click()
    expect(await button.textContent()).toContain('Pauze')
    expect(await shownIcons()).toEqual(['reading'])
    expect(await stopButton(page).isVisible()).toBe(true)
    await finishUtterances(page, 2)
    const before = await spoken(page)
    expect(before).toHaveLength(3)
    // The part being read is marked, so a reader can follow along.
    expect(normalise((await page.locator('[data-reading]').textContent()) ?? '')).toContain(before[2]!.text)

    await button.click()
    expect((await calls(page)).at(-1)).toBe('cancel')
    expect(await button.textContent()).toContain('Verder lezen')
    expect(await shownIcons()).toEqual(['paused'])
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
    expect(await shownIcons()).toEqual(['idle'])
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
