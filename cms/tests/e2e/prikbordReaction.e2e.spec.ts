/**
 * A prikbord reaction on the real CMS (`next start` through cms/server.ts, the seeded demo) with a real
 * SMTP server on loopback, and the poster's answer page in real Chromium without JavaScript: the
 * reaction reaches the demo resident with no address of either side, the answer goes out with
 * Reply-To the poster, "Sluit mijn oproep" closes the post; axe-core on the answer page.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addressesOf, type LocalSmtp, type ReceivedMail, startLocalSmtp } from '../helpers/smtpServer'
import { launchChromium } from './helpers/browser'
import { type CmsServer, startCms } from './helpers/cmsServer'

// axe-core is a dependency of the sites package (its accessibility tests); the CMS borrows it here.
const sitesPackage = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../sites/package.json')
const axeSource = readFileSync(createRequire(sitesPackage).resolve('axe-core/axe.min.js'), 'utf8')

const SITE = 'http://delfshaven.localhost:4321'
const POSTER = 'bewoner@delfshaven.test'

let cms: CmsServer
let smtp: LocalSmtp
let browser: Browser
let adminToken: string
let target: { id: number; title: string }

const api = (urlPath: string, init: RequestInit = {}) =>
  fetch(`${cms.url}/api${urlPath}`, { ...init, headers: { Authorization: `JWT ${adminToken}`, ...init.headers }, redirect: 'manual' })
const react = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${cms.url}/api/prikbord/reageren`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: SITE,
      'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250)}`,
      ...headers,
    },
    body: new URLSearchParams({ post: String(target.id), wijk: 'delfshaven', website: '', consent: 'on', ...fields }).toString(),
    redirect: 'manual',
  })

beforeAll(async () => {
  smtp = await startLocalSmtp()
  cms = await startCms({ env: { SMTP_URL: smtp.url, MAIL_RETRY_BASE_MS: '300' } })
  browser = await launchChromium()
  const login = await fetch(`${cms.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'beheer@wijkplatform.test', password: 'wijkdemo-2026' }),
  })
  adminToken = (await login.json()).token
  const posts = await (
    await api('/posts?where[tenant.slug][equals]=delfshaven&where[editorialStatus][equals]=published&where[closed][not_equals]=true&limit=1&depth=0')
  ).json()
  target = posts.docs[0]
})
afterAll(async () => {
  await browser?.close()
  await cms?.stop()
  await smtp?.stop()
})

const audit = async (url: string) => {
  const report: string[] = []
  for (const [width, textSize] of [
    [320, '100%'],
    [1280, '100%'],
    [390, '200%'],
  ] as const) {
    const context = await browser.newContext({ bypassCSP: true, locale: 'nl-NL', viewport: { width, height: 900 } })
    const tab = await context.newPage()
    await tab.goto(url)
    await tab.evaluate((size) => (document.documentElement.style.fontSize = size), textSize)
    await tab.addScriptTag({ content: axeSource })
    const violations = await tab.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
      ).axe
      const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'], resultTypes: ['violations'] })
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    })
    // At 200 % text nothing may need sideways scrolling.
    expect(await tab.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    report.push(...violations.map((v) => `${width}px ${textSize} ${v}`))
    await context.close()
  }
  expect(report).toEqual([])
}

describe('a reaction to a demo post on the real CMS', () => {
  it('reaches the poster without addresses; the answer page answers once and closes the post, without JavaScript', async () => {
    expect(target, 'a published demo post').toBeTruthy()
    const sent = await react({ name: 'Fatima', email: 'fatima.e2e@example.nl', message: 'Ik kan zaterdag helpen.' })
    expect(sent.status).toBe(303)
    expect(sent.headers.get('location')).toBe(`${SITE}/bedankt/`)

    const toPoster: ReceivedMail = await smtp.waitForMail((mail) => mail.envelopeTo.includes(POSTER) && (mail.subject ?? '').includes(target.title))
    const shown = [toPoster.text, toPoster.html, toPoster.subject, JSON.stringify(toPoster.replyTo ?? null)].join('\n')
    expect(shown).toContain('Fatima')
    expect(shown).toContain('Ik kan zaterdag helpen.')
    expect(shown).not.toMatch(/[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}/i)
    const link = new RegExp(`${cms.url}/api/prikbord/antwoord/\\d+/[A-Za-z0-9_-]{43}`).exec(toPoster.text ?? '')![0]

    await audit(link)

    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL', viewport: { width: 390, height: 900 } })
    const tab = await context.newPage()
    await tab.goto(link)
    expect(await tab.locator('h1').textContent()).toBe('Een reactie op je bericht')
    expect(await tab.locator('main').textContent()).not.toContain('fatima.e2e@example.nl')
    await tab.locator('textarea[name=answer]').fill('Fijn! Zaterdag om 10 uur?')
    await Promise.all([tab.waitForURL(`${link}?klaar`), tab.getByRole('button', { name: 'Stuur mijn antwoord' }).click()])
    expect(await tab.locator('h1').textContent()).toBe('Je antwoord is verstuurd')

    const toResponder = await smtp.waitForMail((mail) => mail.envelopeTo.includes('fatima.e2e@example.nl'))
    expect(toResponder.text).toContain('Fijn! Zaterdag om 10 uur?')
    expect(addressesOf(toResponder.replyTo)).toEqual([POSTER])
    const copy = await smtp.waitForMail((mail) => mail.envelopeTo.includes(POSTER) && (mail.subject ?? '').startsWith('Je antwoord is verstuurd'))
    expect(addressesOf(copy.replyTo)).toEqual(['fatima.e2e@example.nl'])

    await Promise.all([tab.waitForURL(`${link}?klaar`), tab.getByRole('button', { name: 'Sluit mijn oproep' }).click()])
    expect(await tab.locator('main').textContent()).toContain('Je oproep is gesloten')
    expect((await (await api(`/posts/${target.id}?depth=0`)).json()).closed).toBe(true)
    await context.close()

    // Closed: no more reactions, nothing stored.
    const late = await react({ name: 'Kees', email: 'kees.e2e@example.nl', message: 'Nog nodig?' })
    expect(late.status).toBe(404)
    const stored = await (await api(`/post-reactions?where[post][equals]=${target.id}&depth=0`)).json()
    expect(stored.docs.map((doc: { email: string }) => doc.email)).toEqual(['fatima.e2e@example.nl'])
  })

  it('Mijn buurt /mijn/reacties/: the poster sees the reaction and, answered, the address; another account sees none; axe', async () => {
    const wijkSite = `http://delfshaven.localhost:${new URL(cms.url).port}`
    const signedIn = async (email: string, options: { javaScriptEnabled?: boolean; bypassCSP?: boolean } = {}) => {
      const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 390, height: 900 }, ...options })
      const tab = await context.newPage()
      await tab.goto(`${wijkSite}/mijn/inloggen/`)
      await tab.locator('#email').fill(email)
      await tab.locator('#password').fill('wijkdemo-2026')
      await Promise.all([tab.waitForURL(/\/mijn\/?$/), tab.locator('form:has(#password) button[type=submit]').click()])
      await tab.goto(`${wijkSite}/mijn/reacties/`)
      return { context, tab }
    }
    const poster = await signedIn(POSTER, { javaScriptEnabled: false })
    const main = (await poster.tab.locator('main').textContent()) ?? ''
    expect(main).toContain('Fatima schreef:')
    expect(main).toContain('Ik kan zaterdag helpen.')
    expect(main).toContain('fatima.e2e@example.nl')
    await poster.context.close()

    const partner = await signedIn('partner@delfshaven.test', { javaScriptEnabled: false })
    expect(await partner.tab.locator('main').textContent()).toContain('Er heeft nog niemand gereageerd.')
    expect(await partner.tab.locator('main').textContent()).not.toContain('Fatima')
    await partner.context.close()

    const audited = await signedIn(POSTER, { bypassCSP: true })
    const report: string[] = []
    for (const [width, textSize] of [
      [320, '100%'],
      [1280, '100%'],
      [390, '200%'],
    ] as const) {
      await audited.tab.setViewportSize({ width, height: 900 })
      await audited.tab.goto(`${wijkSite}/mijn/reacties/`)
      await audited.tab.evaluate((size) => (document.documentElement.style.fontSize = size), textSize)
      await audited.tab.addScriptTag({ content: axeSource })
      const violations = await audited.tab.evaluate(async () => {
        const axe = (
          window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
        ).axe
        const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'], resultTypes: ['violations'] })
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      })
      report.push(...violations.map((v) => `${width}px ${textSize} ${v}`))
    }
    await audited.tab.setViewportSize({ width: 390, height: 900 })
    await audited.tab.goto(`${wijkSite}/mijn/reacties/`)
    // SCREENSHOTS_DIR=docs/screenshots keeps a picture of the page to look at (docs/taking-part.md).
    if (process.env.SCREENSHOTS_DIR) await audited.tab.screenshot({ path: path.resolve(process.env.SCREENSHOTS_DIR, 'mijn-reacties-390.png'), fullPage: true })
    await audited.context.close()
    expect(report).toEqual([])
  })

  it('refuses a forged origin and a guessed link', async () => {
    const forged = await react({ name: 'X', email: 'x@example.nl', message: 'x' }, { origin: 'https://evil.example' })
    expect(forged.status).toBe(403)
    const guessed = await fetch(`${cms.url}/api/prikbord/antwoord/1/${'A'.repeat(43)}`)
    expect(guessed.status).toBe(400)
    expect(await guessed.text()).toContain('Deze link werkt niet')
  })
})
