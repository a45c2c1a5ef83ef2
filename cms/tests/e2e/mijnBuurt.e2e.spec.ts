/**
 * Mijn buurt's foundation (issue 16) through the real server (cms/server.ts after `next build`) and
 * Chromium: signing in with a password and by a link from a real mail (SMTP on loopback), signing out,
 * a wijk's accounts only on that wijk's host, the checks of every post (Origin, rate limit, body) and
 * axe-core on every page at 320 and 1280 px and 200 % text.
 *
 * The browser opens the CMS as http://<wijk>.localhost:<port>/mijn/ (Chromium resolves *.localhost to
 * loopback), as the builder's proxy serves it; fetch() stands in for that proxy with X-Forwarded-Host
 * (the test server trusts one proxy hop, TRUST_PROXY_HOPS=1).
 */
import { existsSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../src/seed/demoUsers'
import { type FuzzTarget, hostileBodies } from '../helpers/hostileBodies'
import { type LocalSmtp, type ReceivedMail, startLocalSmtp } from '../helpers/smtpServer'
import { auditAllViews, newAuditContext } from './helpers/axe'
import { launchChromium } from './helpers/browser'
import { type CmsServer, startCms } from './helpers/cmsServer'

let smtp: LocalSmtp
let cms: CmsServer
let browser: Browser
let port: string

beforeAll(async () => {
  smtp = await startLocalSmtp()
  cms = await startCms({ env: { SMTP_URL: smtp.url, MAIL_RETRY_BASE_MS: '500' } })
  port = new URL(cms.url).port
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await cms?.stop()
  await smtp?.stop()
})

const RESIDENT = 'bewoner@delfshaven.test'
const PARTNER = 'partner@delfshaven.test'
const EDITOR = 'redactie@delfshaven.test'
const OTHER_WIJK_RESIDENT = 'bewoner@kanaleneiland.test'

/** The wijk's site as the browser sees it (what the builder's proxy serves). */
const site = (wijk = 'delfshaven') => `http://${wijk}.localhost:${port}`

let nextIp = 1
/** Each test posts from its own client address (X-Forwarded-For, one trusted hop), so limits do not collide. */
const ownIp = () => `198.51.100.${nextIp++}`

type PostOptions = { wijk?: string; origin?: string | null; ip?: string; cookie?: string; contentType?: string | null; headers?: Record<string, string> }

/** A form post as the builder's proxy passes it on: X-Forwarded-Host names the wijk's host. */
const post = (path: string, body: BodyInit | null, options: PostOptions = {}) => {
  const wijk = options.wijk ?? 'delfshaven'
  const headers: Record<string, string> = { 'x-forwarded-host': `${wijk}.localhost:${port}`, 'x-forwarded-for': options.ip ?? ownIp(), ...options.headers }
  if (options.origin !== null) headers.origin = options.origin ?? site(wijk)
  if (options.cookie) headers.cookie = options.cookie
  if (options.contentType !== null) headers['content-type'] = options.contentType ?? 'application/x-www-form-urlencoded'
  return fetch(`${cms.url}${path}`, { method: 'POST', headers, body, redirect: 'manual' })
}

const get = (path: string, options: { wijk?: string; cookie?: string; headers?: Record<string, string> } = {}) =>
  fetch(`${cms.url}${path}`, {
    headers: {
      'x-forwarded-host': `${options.wijk ?? 'delfshaven'}.localhost:${port}`,
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...options.headers,
    },
    redirect: 'manual',
  })

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString()

/** The session cookie of a Set-Cookie answer, as a Cookie header ("payload-token=…"). */
const cookieOf = (response: Response): string | null => {
  const line = response.headers.getSetCookie().find((value) => value.startsWith('payload-token='))
  return line ? line.split(';')[0]! : null
}

const signIn = async (email: string, password = DEMO_PASSWORD, options: PostOptions = {}) => post('/mijn/actie/inloggen', form({ email, password }), options)

const signedInCookie = async (email: string) => {
  const response = await signIn(email)
  expect(response.status).toBe(303)
  const cookie = cookieOf(response)
  expect(cookie).toBeTruthy()
  return cookie!
}

const adminToken = async () => {
  const response = await fetch(`${cms.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'beheer@wijkplatform.test', password: DEMO_PASSWORD }),
  })
  return ((await response.json()) as { token: string }).token
}

const signInLinkCount = async () => {
  const response = await fetch(`${cms.url}/api/sign-in-links?limit=0`, { headers: { authorization: `JWT ${await adminToken()}` } })
  expect(response.status).toBe(200)
  return ((await response.json()) as { totalDocs: number }).totalDocs
}

const SIGN_IN_LINK = /http:\/\/delfshaven\.localhost:\d+\/mijn\/inloggen\/link\/[A-Za-z0-9_-]{43}\//

const linkIn = (mail: ReceivedMail) => {
  const link = (mail.text ?? '').match(SIGN_IN_LINK)?.[0]
  if (!link) throw new Error(`no sign-in link in: ${mail.text}`)
  return link
}

const newPage = async (context: BrowserContext, width = 390): Promise<Page> => {
  const page = await context.newPage()
  await page.setViewportSize({ width, height: 900 })
  return page
}

describe('signing in with a password', () => {
  it('signs a resident in through the form in Chromium and shows the overview; the cookie is HttpOnly, Lax and only for /mijn', async () => {
    const context = await browser.newContext()
    const page = await newPage(context)
    await page.goto(`${site()}/mijn/`)
    // Signed out: the overview sends the resident to the sign-in page.
    expect(new URL(page.url()).pathname).toMatch(/^\/mijn\/inloggen\/?$/)
    await page.getByLabel('Je e-mailadres', { exact: true }).fill(RESIDENT)
    await page.getByLabel('Je wachtwoord', { exact: true }).fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await page.getByRole('heading', { name: 'Hallo Henk!' }).waitFor()
    expect(await page.getByRole('link', { name: /Schrijf voor de buurtkrant/ }).getAttribute('href')).toBe('/mijn/buurtkrant/nieuw/')
    const [cookie] = (await context.cookies()).filter((c) => c.name === 'payload-token')
    expect(cookie).toMatchObject({ domain: 'delfshaven.localhost', path: '/mijn', httpOnly: true, sameSite: 'Lax', secure: false })
    // The wijk's name and a way back to its site.
    expect(await page.locator('header').innerText()).toContain('Delfshaven')
    expect(await page.getByRole('link', { name: /Terug naar de site van Delfshaven/ }).getAttribute('href')).toBe(`${site()}/`)
    await context.close()
  })

  it('marks the cookie Secure when the proxy says the browser used https', async () => {
    const response = await signIn(RESIDENT, DEMO_PASSWORD, { origin: 'https://delfshaven.localhost', headers: { 'x-forwarded-proto': 'https' } })
    expect(response.status).toBe(303)
    const line = response.headers.getSetCookie().find((value) => value.startsWith('payload-token='))!
    expect(line).toMatch(/; Secure/)
    expect(line).toMatch(/Path=\/mijn;/)
    expect(line).toMatch(/HttpOnly/)
  })

  it('works without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await newPage(context)
    await page.goto(`${site()}/mijn/inloggen/`)
    await page.getByLabel('Je e-mailadres', { exact: true }).fill(PARTNER)
    await page.getByLabel('Je wachtwoord', { exact: true }).fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await page.getByRole('heading', { name: 'Hallo Priya!' }).waitFor()
    // A partner sees the partner's buttons.
    expect(await page.getByRole('link', { name: /Mijn organisatie/ }).count()).toBe(1)
    // Signing out is a form too.
    await page.getByRole('button', { name: 'Uitloggen' }).click()
    await page.getByText('Je bent uitgelogd').waitFor()
    await context.close()
  })

  it('sends a wrong password back to the form with Dutch words and no cookie', async () => {
    const response = await signIn(RESIDENT, 'niet-mijn-wachtwoord')
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/mijn/inloggen/?fout=wachtwoord')
    expect(cookieOf(response)).toBeNull()
    const page = await get('/mijn/inloggen?fout=wachtwoord')
    expect(await page.text()).toContain('Dit e-mailadres en wachtwoord horen niet bij elkaar')
  })

  it('refuses a client that keeps guessing (429 with Dutch words), whatever the address', async () => {
    const ip = ownIp()
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push((await signIn('raden@nergens.test', `gok-${i}`, { ip })).status)
    expect(statuses).toEqual([303, 303, 303, 303, 303, 429])
    const again = await signIn('raden@nergens.test', 'gok-7', { ip })
    expect(again.status).toBe(429)
    expect(again.headers.get('retry-after')).toBeTruthy()
    expect(await again.text()).toContain('Te vaak een verkeerd wachtwoord')
  })

  it('never signs a resident of wijk A in on wijk B, and a session of A counts for nothing on B', async () => {
    // Kanaleneiland's resident on Delfshaven's host: right password, still no session.
    const refused = await signIn(OTHER_WIJK_RESIDENT)
    expect(refused.headers.get('location')).toBe('/mijn/inloggen/?fout=andere-wijk')
    expect(cookieOf(refused)).toBeNull()
    // A Delfshaven session sent to Kanaleneiland's host: signed out there.
    const cookie = await signedInCookie(RESIDENT)
    expect((await get('/mijn', { cookie })).status).toBe(200)
    const elsewhere = await get('/mijn', { wijk: 'kanaleneiland', cookie })
    expect(elsewhere.status).toBe(307)
    expect(elsewhere.headers.get('location')).toMatch(/\/mijn\/inloggen\/?$/)
  })

  it('points the redactie to the admin and gives it no Mijn buurt session', async () => {
    const response = await signIn(EDITOR)
    expect(response.headers.get('location')).toBe('/mijn/inloggen/?fout=redactie')
    expect(cookieOf(response)).toBeNull()
    expect(await (await get('/mijn/inloggen?fout=redactie')).text()).toContain('beheeromgeving')
  })

  it("is no wijk on the CMS's own host or an unknown one: 404, nothing to sign in to", async () => {
    expect((await fetch(`${cms.url}/mijn/inloggen`)).status).toBe(404)
    expect((await get('/mijn/inloggen', { wijk: 'nergens' })).status).toBe(404)
    const post404 = await signIn(RESIDENT, DEMO_PASSWORD, { wijk: 'nergens', origin: 'http://nergens.localhost' })
    expect(post404.status).toBe(404)
    expect(cookieOf(post404)).toBeNull()
  })

  it("takes the wijk only from the proxy's own (rightmost) X-Forwarded-Host entry", async () => {
    // A client's own "X-Forwarded-Host: kanaleneiland…" before the proxy's entry is ignored.
    const response = await fetch(`${cms.url}/mijn/actie/inloggen`, {
      method: 'POST',
      headers: {
        'x-forwarded-host': `kanaleneiland.localhost:${port}, delfshaven.localhost:${port}`,
        'x-forwarded-for': ownIp(),
        origin: site('delfshaven'),
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: form({ email: OTHER_WIJK_RESIDENT, password: DEMO_PASSWORD }),
      redirect: 'manual',
    })
    expect(response.headers.get('location')).toBe('/mijn/inloggen/?fout=andere-wijk')
  })
})

describe('signing out', () => {
  it('ends the session for good: the old cookie no longer signs in anywhere', async () => {
    const cookie = await signedInCookie(RESIDENT)
    const out = await post('/mijn/uitloggen', '', { cookie })
    expect(out.status).toBe(303)
    expect(out.headers.get('location')).toBe('/mijn/inloggen/?fout=uitgelogd')
    expect(out.headers.getSetCookie().some((line) => /^payload-token=;.*Max-Age=0/.test(line))).toBe(true)
    // Replaying the old cookie: the session was removed from the account.
    const again = await get('/mijn', { cookie })
    expect(again.status).toBe(307)
  })

  it('refuses a sign-out posted from another site (403), so a stranger cannot sign a resident out', async () => {
    const cookie = await signedInCookie(RESIDENT)
    const forged = await post('/mijn/uitloggen', '', { cookie, origin: 'https://evil.example' })
    expect(forged.status).toBe(403)
    expect((await get('/mijn', { cookie })).status).toBe(200)
  })
})

describe('every post checks where it comes from', () => {
  it.each([
    ['another site', 'https://evil.example'],
    ['another wijk', 'KANALENEILAND'],
    ['the CMS admin', 'CMS'],
    ['the wijk on another scheme-less look-alike', 'http://delfshaven.localhost.evil.example'],
    ['no Origin and no Referer', null],
  ])('refuses %s with a Dutch 403 and signs nobody in', async (_label, origin) => {
    const value = origin === 'KANALENEILAND' ? site('kanaleneiland') : origin === 'CMS' ? cms.url : origin
    const response = await signIn(RESIDENT, DEMO_PASSWORD, { origin: value })
    expect(response.status).toBe(403)
    expect(cookieOf(response)).toBeNull()
    const html = await response.text()
    expect(html).toContain('<html lang="nl">')
    expect(html).toContain('alleen worden verstuurd vanaf de site van Delfshaven')
  })

  it('accepts the Referer of the wijk when a browser sends "Origin: null"', async () => {
    const response = await signIn(RESIDENT, DEMO_PASSWORD, { origin: 'null', headers: { referer: `${site()}/mijn/inloggen/` } })
    expect(response.status).toBe(303)
    expect(cookieOf(response)).toBeTruthy()
  })
})

describe('signing in by a link from a mail', () => {
  it('mails a single-use link; opening it signs nobody in; its button does; it works once', async () => {
    const context = await browser.newContext()
    const page = await newPage(context)
    await page.goto(`${site()}/mijn/inloggen/`)
    await page.getByRole('link', { name: 'Stuur mij een inloglink' }).click()
    await page.getByLabel('Je e-mailadres', { exact: true }).fill(RESIDENT)
    await page.getByRole('button', { name: 'Stuur mij een link' }).click()
    await page.getByText('Kijk in je mail').waitFor()

    const mail = await smtp.waitForMail((m) => m.envelopeTo.includes(RESIDENT) && /inloglink/i.test(m.subject ?? ''))
    expect(mail.subject).toBe('Je inloglink voor Delfshaven')
    const link = linkIn(mail)
    // Only the hash is stored.
    const token = link.match(/link\/([^/]+)\//)![1]!
    const rows = await (await fetch(`${cms.url}/api/sign-in-links?depth=0`, { headers: { authorization: `JWT ${await adminToken()}` } })).json()
    expect(JSON.stringify(rows)).not.toContain(token)

    // A mail scanner opens the link: a page with a button, no session.
    const scanned = await get(`/mijn/inloggen/link/${token}`)
    expect(scanned.status).toBe(200)
    expect(await scanned.text()).toContain('Welkom terug')
    expect(scanned.headers.getSetCookie()).toEqual([])

    await page.goto(link)
    await page.getByRole('heading', { name: 'Welkom terug' }).waitFor()
    expect((await context.cookies()).some((c) => c.name === 'payload-token')).toBe(false)
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await page.getByRole('heading', { name: 'Hallo Henk!' }).waitFor()

    // Used up: the page says so, and posting the token again signs nobody in.
    const second = await context.newPage()
    await second.goto(link)
    await second.getByRole('heading', { name: 'Deze link werkt niet meer' }).waitFor()
    const replay = await post('/mijn/actie/inloglink-gebruiken', form({ token }))
    expect(replay.headers.get('location')).toBe('/mijn/inloggen/?fout=link')
    expect(cookieOf(replay)).toBeNull()
    await context.close()
  })

  it('answers the same for an unknown address, the redactie and another wijk, and mails none of them', async () => {
    for (const email of ['niemand@nergens.test', EDITOR, OTHER_WIJK_RESIDENT]) {
      const response = await post('/mijn/actie/inloglink', form({ email }))
      expect(response.status).toBe(303)
      expect(response.headers.get('location')).toBe('/mijn/inloggen/link/?verstuurd=1')
    }
    // A known address after them: once its mail is here, the others (queued earlier, if at all) would be too.
    await post('/mijn/actie/inloglink', form({ email: PARTNER }))
    await smtp.waitForMail((m) => m.envelopeTo.includes(PARTNER))
    expect(smtp.messages.filter((m) => ['niemand@nergens.test', EDITOR, OTHER_WIJK_RESIDENT].some((e) => m.envelopeTo.includes(e)))).toEqual([])
  })

  it("does not work on another wijk's host", async () => {
    await post('/mijn/actie/inloglink', form({ email: RESIDENT }))
    const mail = await smtp.waitForMail((m) => m.envelopeTo.includes(RESIDENT) && smtp.messages.filter((x) => x.envelopeTo.includes(RESIDENT)).indexOf(m) === 1)
    const token = linkIn(mail).match(/link\/([^/]+)\//)![1]!
    const elsewhere = await post('/mijn/actie/inloglink-gebruiken', form({ token }), { wijk: 'kanaleneiland' })
    expect(elsewhere.headers.get('location')).toBe('/mijn/inloggen/?fout=link')
    expect(cookieOf(elsewhere)).toBeNull()
    // Still good on its own wijk (the refused try did not use it up).
    const home = await post('/mijn/actie/inloglink-gebruiken', form({ token }))
    expect(cookieOf(home)).toBeTruthy()
  })

  it('sends an account that was never confirmed its confirmation link, not a sign-in link', async () => {
    const email = 'nieuw-nog-niet-bevestigd@bewoner.test'
    const registered = await fetch(`${cms.url}/api/account/registreren`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ownIp() },
      body: JSON.stringify({ name: 'Nieuwe Buur', email, wijk: 'delfshaven', role: 'resident', consent: true }),
    })
    expect(registered.status).toBe(200)
    await smtp.waitForMail((m) => m.envelopeTo.includes(email))
    const before = await signInLinkCount()
    await post('/mijn/actie/inloglink', form({ email }))
    await smtp.waitForMail((m) => m.envelopeTo.includes(email) && smtp.messages.filter((x) => x.envelopeTo.includes(email)).indexOf(m) === 1)
    const mails = smtp.messages.filter((m) => m.envelopeTo.includes(email))
    expect(mails.map((m) => m.subject)).toEqual(['Bevestig je e-mailadres voor Delfshaven', 'Bevestig je e-mailadres voor Delfshaven'])
    expect(await signInLinkCount()).toBe(before)
  })

  it('refuses hostile bodies with a Dutch 4xx page and stores nothing', async () => {
    const target: FuzzTarget = { valid: () => ({ email: 'bewoner@delfshaven.test' }), required: ['email'], maxLengths: { email: 254 }, strict: ['email'] }
    const before = await signInLinkCount()
    const mailsBefore = smtp.messages.length
    const wrong: string[] = []
    for (const fuzz of hostileBodies(target, 40, 1616)) {
      const response = await post('/mijn/actie/inloglink', fuzz.body, { contentType: fuzz.contentType })
      const html = await response.text()
      if (response.status < 400 || response.status > 499 || !html.includes('lang="nl"')) wrong.push(`${fuzz.label} → ${response.status}`)
    }
    expect(wrong).toEqual([])
    expect(await signInLinkCount()).toBe(before)
    expect(smtp.messages.length).toBe(mailsBefore)
    // Too large: refused before it is read.
    const big = await post('/mijn/actie/inloglink', form({ email: 'a'.repeat(70_000) }))
    expect(big.status).toBe(413)
  })

  it('limits link requests per client (429 with Retry-After and Dutch words)', async () => {
    const ip = ownIp()
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) statuses.push((await post('/mijn/actie/inloglink', form({ email: `iemand${i}@nergens.test` }), { ip })).status)
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(303))
    const limited = await post('/mijn/actie/inloglink', form({ email: 'nog-een@nergens.test' }), { ip })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await limited.text()).toContain('Wacht een kwartier')
  })
})

const tokenFor = async (email: string) => {
  const response = await fetch(`${cms.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  return ((await response.json()) as { token: string }).token
}

const rest = async (token: string, path: string, method: string, body?: unknown) => {
  const response = await fetch(`${cms.url}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  expect(response.status, `${method} ${path}: ${await response.clone().text()}`).toBeLessThan(300)
  return (await response.json()) as { doc: { id: number } }
}

describe('the overview', () => {
  it("lists the resident's own items with their state in words, newest first, and nobody else's", async () => {
    const henk = await tokenFor(RESIDENT)
    const redactie = await tokenFor(EDITOR)
    const other = await tokenFor(OTHER_WIJK_RESIDENT)
    const wijken = (await (await fetch(`${cms.url}/api/wijken?depth=0&limit=10`, { headers: { authorization: `JWT ${henk}` } })).json()) as {
      docs: { id: number; slug: string }[]
    }
    const tenant = wijken.docs.find((w) => w.slug === 'delfshaven')!.id
    const post = (title: string, kind: 'vraag' | 'aanbod', editorialStatus: string) =>
      rest(henk, '/posts', 'POST', { title, kind, body: 'Wie helpt mij op zaterdag?', authorName: 'Henk', tenant, editorialStatus })
    const asked = await post('Wie kan mijn fiets maken?', 'vraag', 'submitted')
    await rest(redactie, `/posts/${asked.doc.id}`, 'PATCH', { editorialStatus: 'changes-requested', editorComment: 'Wil je zeggen in welke straat?' })
    await post('Gratis stekjes van mijn plant', 'aanbod', 'draft')
    await post('Samen wandelen op woensdag', 'aanbod', 'submitted')
    // Another resident's post (of another wijk) never shows.
    const otherTenant = wijken.docs.find((w) => w.slug === 'kanaleneiland')?.id
    if (otherTenant)
      await rest(other, '/posts', 'POST', {
        title: 'Niet van Henk',
        kind: 'vraag',
        body: 'x',
        authorName: 'Ander',
        tenant: otherTenant,
        editorialStatus: 'submitted',
      }).catch(() => null)

    const cookie = await signedInCookie(RESIDENT)
    const html = await (await get('/mijn', { cookie })).text()
    const titles = [...html.matchAll(/class="item__title"><a href="([^"]+)">([^<]+)</g)].map((m) => m[2])
    expect(titles.slice(0, 3)).toEqual(['Samen wandelen op woensdag', 'Gratis stekjes van mijn plant', 'Wie kan mijn fiets maken?'])
    expect(html).toContain('wacht op de redactie')
    expect(html).toContain('concept (nog niet ingediend)')
    expect(html).toContain('de redactie vraagt: Wil je zeggen in welke straat?')
    expect(html).toContain(`href="/mijn/prikbord/${asked.doc.id}/"`)
    expect(html).not.toContain('Niet van Henk')
  })
})

describe('everyone can use it', () => {
  it('has no axe-core violation (WCAG 2.2 AA) on any Mijn buurt page at 320 and 1280 px and at 200 % text', async () => {
    const cookie = (await signedInCookie(RESIDENT)).split('=')[1]!
    const partnerCookie = (await signedInCookie(PARTNER)).split('=')[1]!
    const signedOut = await newAuditContext(browser)
    const resident = await newAuditContext(browser)
    await resident.addCookies([{ name: 'payload-token', value: cookie, domain: 'delfshaven.localhost', path: '/mijn' }])
    const partner = await newAuditContext(browser)
    await partner.addCookies([{ name: 'payload-token', value: partnerCookie, domain: 'delfshaven.localhost', path: '/mijn' }])
    const opener = (context: BrowserContext, url: string) => async (width: number) => {
      const page = await newPage(context, width)
      await page.goto(url)
      return page
    }
    const report: string[] = []
    const pages: [BrowserContext, string][] = [
      [signedOut, '/mijn/inloggen/'],
      [signedOut, '/mijn/inloggen/?fout=wachtwoord'],
      [signedOut, '/mijn/inloggen/link/'],
      [signedOut, '/mijn/inloggen/link/?verstuurd=1'],
      [signedOut, `/mijn/inloggen/link/${'x'.repeat(43)}/`],
      [resident, '/mijn/'],
      [partner, '/mijn/'],
    ]
    for (const [context, path] of pages) report.push(...(await auditAllViews(opener(context, `${site()}${path}`), path)))
    // A refusal page (here: a form posted from elsewhere).
    const refusal = await post('/mijn/actie/inloglink', form({ email: RESIDENT }), { origin: 'https://evil.example' })
    const html = await refusal.text()
    report.push(
      ...(await auditAllViews(async (width) => {
        const page = await newPage(signedOut, width)
        await page.setContent(html)
        return page
      }, '403-pagina')),
    )
    expect(report).toEqual([])
    await Promise.all([signedOut.close(), resident.close(), partner.close()])
  })

  it('takes screenshots of the sign-in page and the overview at phone and desktop width (for docs/screenshots)', async () => {
    // Written outside the repository; copy them to docs/screenshots/ after looking at them.
    const dir = process.env.MIJN_SCREENSHOTS_DIR ?? path.join(tmpdir(), 'mijn-screenshots')
    mkdirSync(dir, { recursive: true })
    const cookie = (await signedInCookie(RESIDENT)).split('=')[1]!
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 800 } })
      const page = await context.newPage()
      await page.goto(`${site()}/mijn/inloggen/`)
      await page.screenshot({ path: path.join(dir, `mijn-inloggen-${width}.png`), fullPage: width < 600 })
      await context.addCookies([{ name: 'payload-token', value: cookie, domain: 'delfshaven.localhost', path: '/mijn' }])
      await page.goto(`${site()}/mijn/`)
      await page.getByRole('heading', { name: 'Hallo Henk!' }).waitFor()
      await page.screenshot({ path: path.join(dir, `mijn-overzicht-${width}.png`), fullPage: width < 600 })
      await context.close()
    }
    expect(existsSync(path.join(dir, 'mijn-overzicht-390.png'))).toBe(true)
  })

  it('offers the site\'s reading aids once the script runs, and "Grotere letters" is remembered like on the site', async () => {
    const context = await browser.newContext()
    const page = await newPage(context)
    await page.goto(`${site()}/mijn/inloggen/`)
    const toggle = page.getByRole('button', { name: 'Grotere letters' })
    await toggle.click()
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')
    await page.reload()
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-text-size'))).toBe('large')
    expect(await page.evaluate(() => localStorage.getItem('wijk-tekstgrootte'))).toBe('large')
    await context.close()
  })
})
