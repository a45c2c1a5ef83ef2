/**
 * The "Reageer" form under each prikbord post on the built demo wijk: what it posts to the CMS
 * (POST /api/prikbord/reageren), its honeypot and consent, and in real Chromium without JavaScript,
 * under the site's own CSP, opened, filled in and sent with the keyboard; axe on the opened form.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import type { HTMLElement } from 'node-html-parser'
import type { Browser, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { REACTION_FIELDS } from '../src/lib/reactionForm'
import { mediaUrl, page, snapshot } from './helpers/builtSite'
import { closeServedSite, openServedSite, type SiteServer } from './helpers/servedSite'

// The test build's PUBLIC_CMS_URL is the loopback media host (see globalSetup): the forms post there.
const cms = mediaUrl.replace(/\/$/, '')
const action = `${cms}/api/prikbord/reageren`
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** The posts the site shows: not expired at build time (closed and unpublished ones are not in the snapshot). */
const shown = snapshot.posts.filter((post) => Date.parse(post.expiresAt) >= Date.now())

const formsOf = (urlPath: string): HTMLElement[] => page(urlPath).querySelectorAll(`main form[action="${action}"]`)
const hidden = (form: HTMLElement) =>
  Object.fromEntries(form.querySelectorAll('input[type=hidden]').map((input) => [input.getAttribute('name'), input.getAttribute('value')]))

describe('the "Reageer" form in the built prikbord', () => {
  it('is under every post on /prikbord/, posting that post’s id and the wijk', () => {
    expect(shown.length).toBeGreaterThan(1)
    const forms = formsOf('/prikbord/')
    expect(forms).toHaveLength(shown.length)
    const doc = page('/prikbord/')
    for (const post of shown) {
      const card = doc.querySelectorAll('main article').find((article) => article.querySelector('h3')?.text.trim() === post.title)!
      const form = card.querySelector(`form[action="${action}"]`)
      expect(form, post.title).not.toBeNull()
      expect(form!.getAttribute('method')).toBe('post')
      expect(hidden(form!)).toEqual({ post: post.id, wijk: snapshot.wijk.slug })
      expect(new Set(form!.querySelectorAll('input, textarea').map((el) => el.getAttribute('name')))).toEqual(new Set(REACTION_FIELDS))
      expect(card.querySelector('summary')!.text.replace(/\s+/g, ' ')).toContain(`Reageer op “${post.title}”`)
    }
  })

  it('is not on the home page’s short cards (they lead to the prikbord and the redactie)', () => {
    expect(formsOf('/')).toHaveLength(0)
  })

  it('labels every field, hides the honeypot, requires name, e-mail, message and consent, and keeps ids unique', () => {
    const doc = page('/prikbord/')
    const ids = doc.querySelectorAll('[id]').map((el) => el.getAttribute('id'))
    expect(new Set(ids).size).toBe(ids.length)
    for (const form of formsOf('/prikbord/')) {
      const honeypot = form.querySelector('input[name=website]')!
      expect(honeypot.getAttribute('tabindex')).toBe('-1')
      expect(honeypot.getAttribute('autocomplete')).toBe('off')
      expect(honeypot.parentNode!.getAttribute('aria-hidden')).toBe('true')
      for (const field of form.querySelectorAll('input:not([type=hidden]), textarea')) {
        expect(form.querySelector(`label[for="${field.getAttribute('id')}"]`), field.toString()).not.toBeNull()
      }
      for (const name of ['name', 'email', 'message', 'consent']) expect(form.querySelector(`[name=${name}]`)!.hasAttribute('required'), name).toBe(true)
      expect(form.querySelector('[name=message]')!.getAttribute('maxlength')).toBe('1000')
      const consent = form.querySelector(`label[for="${form.querySelector('[name=consent]')!.getAttribute('id')}"]`)!
      expect(consent.querySelector('a')!.getAttribute('href')).toBe('/privacy/')
      // It says the address is not passed on until the poster answers.
      expect(form.text.replace(/\s+/g, ' ')).toContain('Je e-mailadres geven we pas door als')
    }
  })

  it('is folded away and out of the search index and read-aloud', () => {
    for (const form of formsOf('/prikbord/')) {
      const details = form.closest('details')!
      expect(details.hasAttribute('open')).toBe(false)
      expect(form.closest('[data-pagefind-ignore]')).not.toBeNull()
    }
  })
})

describe("in real Chromium without JavaScript, under the site's CSP", () => {
  let browser: Browser
  let server: SiteServer
  beforeAll(async () => ({ browser, server } = await openServedSite()))
  afterAll(() => closeServedSite(browser, server))

  it('opens the first post’s form with the keyboard, fills it in and posts exactly what the CMS reads', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL', viewport: { width: 390, height: 900 } })
    const tab = await context.newPage()
    const posts: Request[] = []
    const refused: string[] = []
    tab.on('console', (message) => message.type() === 'error' && refused.push(message.text()))
    await tab.route(action, (route) => {
      posts.push(route.request())
      return route.fulfill({ status: 303, headers: { location: `${server.url}/bedankt/` } })
    })
    try {
      await tab.goto(`${server.url}/prikbord/`)
      const card = tab.locator('main article').first()
      const postId = await card.locator('input[name=post]').getAttribute('value')
      await card.locator('summary').focus()
      await tab.keyboard.press('Enter')
      expect(await card.locator('form').isVisible()).toBe(true)
      await tab.keyboard.press('Tab')
      await tab.keyboard.type('Fatima')
      await tab.keyboard.press('Tab')
      await tab.keyboard.type('fatima@example.nl')
      await tab.keyboard.press('Tab')
      await tab.keyboard.type('Ik kan zaterdag helpen.')
      await tab.keyboard.press('Tab')
      await tab.keyboard.press('Space')
      await card.locator('button[type=submit]').focus()
      await Promise.all([tab.waitForURL(`${server.url}/bedankt/`), tab.keyboard.press('Enter')])

      expect(posts).toHaveLength(1)
      expect(posts[0]!.headers()['content-type']).toBe('application/x-www-form-urlencoded')
      const body = Object.fromEntries(new URLSearchParams(posts[0]!.postData()!))
      expect(body).toEqual({
        post: postId,
        wijk: snapshot.wijk.slug,
        website: '',
        name: 'Fatima',
        email: 'fatima@example.nl',
        message: 'Ik kan zaterdag helpen.',
        consent: 'on',
      })
      expect(shown.map((post) => post.id)).toContain(body.post)
      expect(refused).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('does not send without consent', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL', viewport: { width: 390, height: 900 } })
    const tab = await context.newPage()
    const posts: Request[] = []
    await tab.route(action, (route) => {
      posts.push(route.request())
      return route.fulfill({ status: 303, headers: { location: `${server.url}/bedankt/` } })
    })
    try {
      await tab.goto(`${server.url}/prikbord/`)
      const card = tab.locator('main article').first()
      await card.locator('summary').click()
      await card.locator('[name=name]').fill('Fatima')
      await card.locator('[name=email]').fill('fatima@example.nl')
      await card.locator('[name=message]').fill('Ik kan helpen.')
      await card.locator('button[type=submit]').click()
      await tab.waitForTimeout(300)
      expect(posts).toEqual([])
      expect(await card.locator('[name=consent]').evaluate((box) => (box as HTMLInputElement).validity.valueMissing)).toBe(true)
    } finally {
      await context.close()
    }
  })

  it.each([['normal'], ['large']] as const)('axe-core finds no WCAG 2.2 A/AA violation with the form opened (%s text, 320 and 1280 px)', async (textSize) => {
    const report: string[] = []
    for (const width of [320, 1280]) {
      const context = await browser.newContext({ bypassCSP: true, locale: 'nl-NL', viewport: { width, height: 900 } })
      const tab = await context.newPage()
      await tab.goto(`${server.url}/prikbord/`)
      if (textSize === 'large') await tab.locator('[data-text-size-toggle]').click()
      await tab.locator('main article summary').first().click()
      await tab.addScriptTag({ content: axeSource })
      const violations = await tab.evaluate(async () => {
        const axe = (
          window as unknown as { axe: { run: (ctx: string, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
        ).axe
        const result = await axe.run('main', { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'], resultTypes: ['violations'] })
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      })
      report.push(...violations.map((v) => `${width}px ${v}`))
      expect(await tab.locator('main article form').first().isVisible()).toBe(true)
      await context.close()
    }
    expect(report).toEqual([])
  })
})
