/**
 * The aanvraag form ("Ik doe mee", "vrijwilliger", "idee") on the built demo wijk: what it posts to the
 * CMS per page, its honeypot and consent, /bedankt/, the CSP's form-action, and in real Chromium without
 * JavaScript, under the site's own CSP, filled in and sent with the keyboard alone.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { XMLParser } from 'fast-xml-parser'
import type { HTMLElement } from 'node-html-parser'
import type { Browser, Page, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { writeHostingFiles } from '../builder/render/hostingFiles.ts'
import { eventTakesPart } from '../src/lib/requestForm'
import { mediaUrl, page, siteDir, snapshot } from './helpers/builtSite'
import { closeServedSite, openServedSite, type SiteServer } from './helpers/servedSite'

// The test build's PUBLIC_CMS_URL is the loopback media host (see globalSetup): the forms post there.
const cms = mediaUrl.replace(/\/$/, '')
const action = `${cms}/api/aanvragen`

const formOf = (urlPath: string): HTMLElement | null => page(urlPath).querySelector(`main form[action="${action}"]`)
const hidden = (form: HTMLElement) =>
  Object.fromEntries(form.querySelectorAll('input[type=hidden]').map((input) => [input.getAttribute('name'), input.getAttribute('value')]))
const kinds = (form: HTMLElement) => form.querySelectorAll('input[name=kind]').map((input) => input.getAttribute('value'))
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const FIELDS = ['consent', 'email', 'kind', 'message', 'name', 'phone', 'website', 'wijk']

/** Pages the form shows on: events that were not cancelled and still happen (a rule that repeats, or an end to come). */
const openEvents = snapshot.events.filter((e) => e.status !== 'cancelled' && (e.recurrence?.rule.trim() || Date.parse(e.end) > Date.now()))

describe('the aanvraag form in the built pages', () => {
  it('is on every event page that still happens, posting the event and the wijk with "meedoen" and "vrijwilliger"', () => {
    expect(openEvents.length).toBeGreaterThan(10)
    for (const event of openEvents) {
      const form = formOf(`/agenda/${event.slug}/`)
      expect(form, event.slug).not.toBeNull()
      expect(form!.getAttribute('method')).toBe('post')
      expect(hidden(form!)).toEqual({ wijk: snapshot.wijk.slug, event: event.slug })
      expect(kinds(form!)).toEqual(['join', 'volunteer'])
      expect(new Set(form!.querySelectorAll('input, textarea').map((el) => el.getAttribute('name')))).toEqual(new Set([...FIELDS, 'event']))
    }
  })

  it('is not on a cancelled event or one that is over', () => {
    const closed = snapshot.events.filter((e) => !openEvents.includes(e))
    expect(closed.length).toBeGreaterThan(0)
    for (const event of closed) expect(formOf(`/agenda/${event.slug}/`), event.slug).toBeNull()
    const event = { ...snapshot.events[0]!, recurrence: null, end: '2020-01-01T12:00:00+01:00' }
    expect(
      eventTakesPart(
        { ...event, status: 'cancelled', end: '2099-01-01T12:00:00+01:00' },
        [{ start: '2099-01-01T10:00:00+01:00', end: '2099-01-01T12:00:00+01:00' }],
        new Date(),
      ),
    ).toBe(false)
    expect(eventTakesPart({ ...event, status: 'scheduled' }, [], new Date())).toBe(false)
    expect(eventTakesPart({ ...event, status: 'scheduled', recurrence: { rule: 'FREQ=WEEKLY', exceptions: [] } }, [], new Date())).toBe(true)
    expect(eventTakesPart({ ...event, status: 'scheduled', end: '2099-01-01T12:00:00+01:00' }, [], new Date())).toBe(true)
  })

  it('is on every organisation page, posting the organisation and the wijk with "meedoen", "vrijwilliger" and "idee"', () => {
    for (const organisation of snapshot.organisations) {
      const form = formOf(`/organisaties/${organisation.slug}/`)
      expect(form, organisation.slug).not.toBeNull()
      expect(hidden(form!)).toEqual({ wijk: snapshot.wijk.slug, organisation: organisation.slug })
      expect(kinds(form!)).toEqual(['join', 'volunteer', 'idea'])
      expect(page(`/organisaties/${organisation.slug}/`).querySelector('#aanvraag-titel')!.parentNode!.textContent).toContain(
        `Stuur ${organisation.name} een bericht`,
      )
    }
  })

  it('hides the honeypot from people and assistive technology, labels every field and requires consent', () => {
    const form = formOf(`/organisaties/${snapshot.organisations[0]!.slug}/`)!
    const honeypot = form.querySelector('input[name=website]')!
    expect(honeypot.getAttribute('tabindex')).toBe('-1')
    expect(honeypot.getAttribute('autocomplete')).toBe('off')
    expect(honeypot.parentNode!.getAttribute('aria-hidden')).toBe('true')
    for (const field of form.querySelectorAll('input:not([type=hidden]):not([type=radio]), textarea')) {
      expect(form.querySelector(`label[for="${field.getAttribute('id')}"]`), field.toString()).not.toBeNull()
    }
    for (const name of ['name', 'email', 'message', 'consent']) expect(form.querySelector(`[name=${name}]`)!.hasAttribute('required'), name).toBe(true)
    expect(form.querySelector('[name=phone]')!.hasAttribute('required')).toBe(false)
    expect(form.querySelector('label[for=aanvraag-toestemming] a')!.getAttribute('href')).toBe('/privacy/')
  })

  it('stays out of the search index and read-aloud, folded away until opened', () => {
    const form = formOf(`/agenda/${openEvents[0]!.slug}/`)!
    expect(form.closest('[data-pagefind-ignore]')).not.toBeNull()
    expect(form.closest('details')!.hasAttribute('open')).toBe(false)
  })
})

describe('/bedankt/', () => {
  it('thanks the resident, links back to the agenda and home, and is kept out of search engines and the sitemap', () => {
    const doc = page('/bedankt/')
    expect(doc.querySelector('h1')!.textContent).toBe('Bedankt!')
    expect(doc.querySelector('main')!.textContent).toContain('We hebben je bericht ontvangen')
    expect(doc.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex')
    expect(doc.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toEqual(expect.arrayContaining(['/agenda/', '/']))
    const parser = new XMLParser()
    const sitemaps = [parser.parse(readFileSync(path.join(siteDir, 'sitemap-index.xml'), 'utf8')).sitemapindex.sitemap].flat()
    const listed = sitemaps.flatMap((s: { loc: string }) =>
      [parser.parse(readFileSync(path.join(siteDir, new URL(s.loc).pathname), 'utf8')).urlset.url].flat().map((u: { loc: string }) => new URL(u.loc).pathname),
    )
    expect(listed.length).toBeGreaterThan(10)
    expect(listed).not.toContain('/bedankt/')
  })
})

describe('the CSP form-action', () => {
  it('allows the site itself and the CMS the build posts to, and nothing else', () => {
    const csp = readFileSync(path.join(siteDir, '_headers'), 'utf8').match(/Content-Security-Policy: (.*)/)![1]!
    expect(csp).toContain(`form-action 'self' ${new URL(cms).origin}`)
    expect(csp).not.toMatch(/form-action[^;]*https:(\s|;|$)/)
  })

  it('follows PUBLIC_CMS_URL, with only its origin', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wijk-headers-'))
    try {
      writeHostingFiles(dir, { PUBLIC_CMS_URL: 'https://cms.wijkplatform.nl/' })
      expect(readFileSync(path.join(dir, '_headers'), 'utf8')).toMatch(/form-action 'self' https:\/\/cms\.wijkplatform\.nl\n/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe("in real Chromium without JavaScript, under the site's CSP", () => {
  let browser: Browser
  let server: SiteServer
  beforeAll(async () => ({ browser, server } = await openServedSite()))
  afterAll(() => closeServedSite(browser, server))

  /** A page with scripts off; posts to the CMS are answered like the CMS does (303 to /bedankt/) and recorded. */
  const openWithoutScripts = async (urlPath: string) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL', viewport: { width: 390, height: 900 } })
    const tab = await context.newPage()
    const posts: Request[] = []
    const refused: string[] = []
    tab.on('console', (message) => message.type() === 'error' && refused.push(message.text()))
    await tab.route(`${action}`, (route) => {
      posts.push(route.request())
      return route.fulfill({ status: 303, headers: { location: `${server.url}/bedankt/` } })
    })
    await tab.goto(`${server.url}${urlPath}`)
    return { tab, posts, refused, close: () => context.close() }
  }

  const focused = (tab: Page) =>
    tab.evaluate(() => {
      const el = document.activeElement!
      return el.getAttribute('name') ?? el.tagName.toLowerCase()
    })

  it('opens, fills in and sends the form with the keyboard alone, posting exactly what the CMS reads', async () => {
    const event = openEvents[0]!
    const { tab, posts, refused, close } = await openWithoutScripts(`/agenda/${event.slug}/`)
    try {
      // From "Schrijf een bericht" on, the keyboard only: Enter opens the form, Tab walks through it.
      await tab.locator('summary').focus()
      expect(await focused(tab)).toBe('summary')
      await tab.keyboard.press('Enter')
      expect(await tab.locator('main form').isVisible()).toBe(true)

      const order: string[] = []
      for (let i = 0; i < 8; i++) {
        await tab.keyboard.press('Tab')
        order.push(await focused(tab))
      }
      // The honeypot is never a Tab stop; the privacy link sits inside the consent label.
      expect(order).toEqual(['kind', 'name', 'email', 'phone', 'message', 'consent', 'a', 'button'])

      await tab.keyboard.press('Shift+Tab') // back to the privacy link
      await tab.keyboard.press('Shift+Tab') // the consent box
      await tab.keyboard.press('Space')
      await tab.locator('[name=kind][value=volunteer]').focus()
      await tab.keyboard.press('Space')
      await tab.locator('[name=name]').focus()
      await tab.keyboard.type('Fatima de Vries')
      await tab.keyboard.press('Tab')
      await tab.keyboard.type('fatima@example.nl')
      await tab.keyboard.press('Tab')
      await tab.keyboard.type('06 12345678')
      await tab.keyboard.press('Tab')
      await tab.keyboard.type('Ik kan op zaterdag helpen met koken.')
      await tab.locator('main form button[type=submit]').focus()
      await Promise.all([tab.waitForURL(`${server.url}/bedankt/`), tab.keyboard.press('Enter')])

      expect(posts).toHaveLength(1)
      expect(posts[0]!.method()).toBe('POST')
      expect(posts[0]!.headers()['content-type']).toBe('application/x-www-form-urlencoded')
      expect(Object.fromEntries(new URLSearchParams(posts[0]!.postData()!))).toEqual({
        wijk: snapshot.wijk.slug,
        event: event.slug,
        website: '',
        kind: 'volunteer',
        name: 'Fatima de Vries',
        email: 'fatima@example.nl',
        phone: '06 12345678',
        message: 'Ik kan op zaterdag helpen met koken.',
        consent: 'on',
      })
      expect(await tab.locator('h1').textContent()).toBe('Bedankt!')
      expect(refused).toEqual([])
    } finally {
      await close()
    }
  })

  it('does not send the form without consent', async () => {
    const organisation = snapshot.organisations[0]!
    const { tab, posts, close } = await openWithoutScripts(`/organisaties/${organisation.slug}/`)
    try {
      await tab.locator('summary').click()
      await tab.locator('[name=name]').fill('Fatima de Vries')
      await tab.locator('#aanvraag-email').fill('fatima@example.nl')
      await tab.locator('[name=message]').fill('Ik heb een idee voor de speeltuin.')
      await tab.locator('main form button[type=submit]').click()
      await tab.waitForTimeout(300)
      expect(posts).toEqual([])
      expect(await tab.locator('#aanvraag-toestemming').evaluate((box) => (box as HTMLInputElement).validity.valueMissing)).toBe(true)
      expect(new URL(tab.url()).pathname).toBe(`/organisaties/${organisation.slug}/`)
    } finally {
      await close()
    }
  })

  it('the CSP refuses a form that posts anywhere else than the site and the CMS', async () => {
    const { tab, posts, refused, close } = await openWithoutScripts(`/organisaties/${snapshot.organisations[0]!.slug}/`)
    try {
      const elsewhere: string[] = []
      await tab.route('http://127.0.0.2:9/**', (route) => {
        elsewhere.push(route.request().url())
        return route.fulfill({ status: 200, body: 'ok' })
      })
      await tab.locator('main form').evaluate((form) => form.setAttribute('action', 'http://127.0.0.2:9/elders'))
      await tab.locator('summary').click()
      await tab.locator('[name=name]').fill('Fatima de Vries')
      await tab.locator('#aanvraag-email').fill('fatima@example.nl')
      await tab.locator('[name=message]').fill('Ik heb een idee.')
      await tab.locator('#aanvraag-toestemming').check()
      // The keyboard, not click(): a click waits for a navigation that the CSP rightly never lets start.
      await tab.locator('main form button[type=submit]').focus()
      await tab.keyboard.press('Enter')
      await expect.poll(() => refused.join('\n')).toContain('form-action')
      expect(elsewhere).toEqual([])
      expect(posts).toEqual([])
    } finally {
      await close()
    }
  })
  // The page audits in browser.test.ts see the form folded away; here it is open, on a phone and with large text.
  it.each([['normal'], ['large']] as const)('axe-core finds no WCAG 2.2 A/AA violation in the opened form (%s text)', async (textSize) => {
    const report: string[] = []
    for (const urlPath of [`/agenda/${openEvents[0]!.slug}/`, `/organisaties/${snapshot.organisations[0]!.slug}/`]) {
      // axe is injected as an inline script, which the site's CSP rightly refuses; only the audit bypasses it.
      const context = await browser.newContext({ bypassCSP: true, locale: 'nl-NL', viewport: { width: 390, height: 900 } })
      const tab = await context.newPage()
      await tab.goto(`${server.url}${urlPath}`)
      if (textSize === 'large') await tab.locator('[data-text-size-toggle]').click()
      await tab.locator('summary').click()
      await tab.addScriptTag({ content: axeSource })
      const violations = await tab.evaluate(async () => {
        const axe = (
          window as unknown as { axe: { run: (ctx: string, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
        ).axe
        const result = await axe.run('main', { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'], resultTypes: ['violations'] })
        return result.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(', ')}`,
        )
      })
      report.push(...violations.map((v) => `${urlPath} ${v}`))
      expect(await tab.locator('main form').isVisible()).toBe(true)
      await context.close()
    }
    expect(report).toEqual([])
  })
})
