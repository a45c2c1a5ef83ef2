import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Browser, BrowserContext, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../src/seed/demoUsers'
import { type FuzzTarget, hostileBodies } from '../helpers/hostileBodies'
import { auditAllViews, newAuditContext } from './helpers/axe'
import { launchChromium } from './helpers/browser'
import { type CmsServer, SNAPSHOT_TOKEN, startCms } from './helpers/cmsServer'

/**
 * Mijn buurt for partners and "ik organiseer iets", through the real CMS server (`next start` via
 * cms/server.ts) and Chromium, on the demo wijk's own host name (delfshaven.localhost:<port>), as the
 * builder's proxy passes /mijn/ in the demo. Run under `flock /tmp/wijk-next.lock` (it builds Next).
 */
const WIJK = 'delfshaven'
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const SCREENSHOTS = path.join(ROOT, 'docs/screenshots')

let cms: CmsServer
let browser: Browser
const tokens: Record<string, string> = {}

const site = (wijk = WIJK) => `http://${wijk}.localhost:${new URL(cms.url).port}`

const login = async (email: string) => {
  const answer = await fetch(`${cms.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.9.0.1' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  return ((await answer.json()) as { token: string }).token
}

/** The REST API as the redactie (or the admin), to look at what was stored. */
const api = async (who: 'editor' | 'admin', method: string, apiPath: string, body?: unknown) => {
  const answer = await fetch(`${cms.url}/api${apiPath}`, {
    method,
    headers: { authorization: `JWT ${tokens[who]}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  return { status: answer.status, json: (await answer.json()) as any }
}

const snapshot = async () => {
  const answer = await fetch(`${cms.url}/api/wijken/${WIJK}/snapshot`, { headers: { authorization: `Bearer ${SNAPSHOT_TOKEN}` } })
  expect(answer.status).toBe(200)
  return (await answer.json()) as { organisations: { name: string; summary: string }[]; events: { title: string }[] }
}

const allEvents = async () => (await api('admin', 'GET', '/events?draft=true&limit=1000&depth=0')).json.docs as any[]

let clientNumber = 0
/** Each client its own address (the test stands in for one proxy, TRUST_PROXY_HOPS=1), so limits do not mix. */
const nextClient = () => `10.20.${Math.floor(++clientNumber / 250)}.${clientNumber % 250}`

const signedIn = async (email: string, options: { javaScriptEnabled?: boolean } = {}) => {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 }, ...options })
  const page = await context.newPage()
  await page.goto(`${site()}/mijn/inloggen/`)
  await page.fill('#email', email)
  await page.fill('#password', DEMO_PASSWORD)
  await Promise.all([page.waitForURL(/\/mijn\/?$/), page.getByRole('button', { name: 'Inloggen' }).click()])
  return { context, page }
}

const cookieOf = async (context: BrowserContext) =>
  (await context.cookies(`${site()}/mijn/`))
    .filter((c) => c.name.startsWith('payload'))
    .map((c) => `${c.name}=${c.value}`)
    .join('; ')

/**
 * A request as the builder's proxy passes it to the CMS (Node cannot resolve *.localhost; the test
 * stands in for the one trusted proxy: X-Forwarded-Host names the wijk's site, X-Forwarded-For the client).
 */
const viaProxy = (wijk: string, urlPath: string, init: RequestInit & { headers?: Record<string, string> }) =>
  fetch(`${cms.url}${urlPath}`, {
    redirect: 'manual',
    ...init,
    headers: { 'x-forwarded-host': new URL(site(wijk)).host, 'x-forwarded-for': nextClient(), ...init.headers },
  })

/** A POST as the browser would send it, but with headers and body of our choosing. */
const post = (
  urlPath: string,
  { cookie, origin, body, contentType, wijk = WIJK }: { cookie: string; origin?: string | null; body: BodyInit; contentType?: string | null; wijk?: string },
) =>
  viaProxy(wijk, urlPath, {
    method: 'POST',
    headers: { cookie, ...(origin === null ? {} : { origin: origin ?? site() }), ...(contentType ? { 'content-type': contentType } : {}) },
    body,
  })

const formOf = (fields: Record<string, string>) => {
  const form = new FormData()
  for (const [key, value] of Object.entries(fields)) form.append(key, value)
  return form
}

const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)

const proposal = (): Record<string, string> => ({
  title: `Repair café ${Date.now()}`,
  category: 'ontmoeting',
  summary: 'Samen kapotte spullen maken.',
  date: inAWeek(),
  startTime: '14:00',
  repeat: 'weekly',
  placeName: 'Buurthuis',
  actie: 'indienen',
})

/**
 * The page at 320 px and 1280 px and with 200 % text, in its own JavaScript-enabled audit page with
 * the same session (the resident's browser runs without JavaScript). `html`: audit this answer instead
 * of loading `url` (a POST's 400 page).
 */
const axeEverywhere = async (context: BrowserContext, url: string, what: string, html?: string) => {
  const audit = await newAuditContext(browser, { locale: 'nl-NL' })
  await audit.addCookies(await context.cookies())
  const open = async (width: number) => {
    const page = await audit.newPage()
    await page.setViewportSize({ width, height: 900 })
    await page.goto(url)
    if (html) await page.setContent(html)
    return page
  }
  const report = await auditAllViews(open, what)
  await audit.close()
  expect(report).toEqual([])
}

let partner: { context: BrowserContext; page: Page }
let resident: { context: BrowserContext; page: Page }
let organisationId: number
let organisationName: string
let residentId: number
let residentProposalId: number
let wijkAId: number

beforeAll(async () => {
  cms = await startCms()
  browser = await launchChromium()
  tokens.editor = await login(`redactie@${WIJK}.test`)
  tokens.admin = await login('beheer@wijkplatform.test')
  const users = (await api('admin', 'GET', `/users?where[email][in]=partner@${WIJK}.test,bewoner@${WIJK}.test&depth=0`)).json.docs as any[]
  organisationId = users.find((u) => u.role === 'partner').organisation
  residentId = users.find((u) => u.role === 'writer').id
  organisationName = (await api('admin', 'GET', `/organisations/${organisationId}?depth=0`)).json.name
  wijkAId = (await api('admin', 'GET', `/wijken?where[slug][equals]=${WIJK}&depth=0`)).json.docs[0].id
  partner = await signedIn(`partner@${WIJK}.test`)
  // The resident's browser runs without JavaScript: every form works without it.
  resident = await signedIn(`bewoner@${WIJK}.test`, { javaScriptEnabled: false })
})

afterAll(async () => {
  await browser?.close()
  await cms?.stop()
})

describe('a partner keeps its organisation current', () => {
  it('edits its organisation: the change waits as a draft, the site keeps the live text until the redactie publishes', async () => {
    const { page } = partner
    const liveSummary = (await snapshot()).organisations.find((o) => o.name === organisationName)!.summary
    await page.goto(`${site()}/mijn/organisatie/`)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(organisationName)
    await axeEverywhere(partner.context, `${site()}/mijn/organisatie/`, '/mijn/organisatie/')
    if (process.env.WRITE_SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true })
      await page.setViewportSize({ width: 390, height: 844 })
      await page.screenshot({ path: path.join(SCREENSHOTS, 'mijn-organisatie.png'), fullPage: true })
      await page.setViewportSize({ width: 1280, height: 900 })
    }

    const summary = `Het huis van de buurt, ook op zondag ${Date.now()}.`
    await page.fill('#summary', summary)
    await page.fill('#days0', 'zo')
    await page.fill('#hours0', '12:00–17:00')
    await Promise.all([page.waitForURL(/\/mijn\/organisatie\/?\?ingediend=1$/), page.getByRole('button', { name: 'Indienen' }).click()])
    await expect(page.locator('.melding-goed').textContent()).resolves.toContain('Ingediend')

    const draft = (await api('editor', 'GET', `/organisations/${organisationId}?draft=true&depth=0`)).json
    expect(draft).toMatchObject({ _status: 'draft', summary, name: organisationName })
    expect(draft.openingHours[0]).toMatchObject({ days: 'zo', hours: '12:00–17:00' })
    expect((await snapshot()).organisations.find((o) => o.name === organisationName)!.summary).toBe(liveSummary)

    await page.goto(`${site()}/mijn/organisatie/voorbeeld/`)
    await expect(page.getByText(summary).count()).resolves.toBe(1)
    await axeEverywhere(partner.context, `${site()}/mijn/organisatie/voorbeeld/`, '/mijn/organisatie/voorbeeld/')

    const published = await api('editor', 'PATCH', `/organisations/${organisationId}?depth=0`, { _status: 'published' })
    expect(published.status).toBe(200)
    expect((await snapshot()).organisations.find((o) => o.name === organisationName)!.summary).toBe(summary)
  })

  it('adds an activity: a draft of its own organisation, not on the site', async () => {
    const { page } = partner
    await page.goto(`${site()}/mijn/activiteit/nieuw/`)
    const title = `Open middag ${Date.now()}`
    await page.fill('#title', title)
    await page.selectOption('#category', 'ontmoeting')
    await page.fill('#summary', 'Kom kennismaken, de koffie staat klaar.')
    await page.fill('#date', inAWeek())
    await page.fill('#startTime', '14:00')
    await Promise.all([page.waitForURL(/\/mijn\/activiteit\/\d+\/?\?ingediend=1$/), page.getByRole('button', { name: 'Indienen' }).click()])
    const id = Number(/activiteit\/(\d+)/.exec(page.url())![1])
    const event = (await api('editor', 'GET', `/events/${id}?draft=true&depth=0`)).json
    expect(event).toMatchObject({ _status: 'draft', title, organisation: organisationId, proposedBy: null })
    expect((await snapshot()).events.map((e) => e.title)).not.toContain(title)
    await axeEverywhere(partner.context, page.url(), '/mijn/activiteit/<id>/ (partner)')
  })
})

describe('a resident says "ik organiseer iets" (without JavaScript)', () => {
  it('bad input: 400, the form again with what was typed and a Dutch message, nothing stored', async () => {
    const { page } = resident
    await page.goto(`${site()}/mijn/activiteit/nieuw/`)
    const before = (await allEvents()).length
    await page.fill('#summary', 'Deze zin mag niet verloren gaan.')
    const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Indienen' }).click()])
    expect(answer.status()).toBe(400)
    await expect(page.locator('#summary').inputValue()).resolves.toBe('Deze zin mag niet verloren gaan.')
    await expect(page.getByText('Vul in wat je organiseert').first().isVisible()).resolves.toBe(true)
    expect((await allEvents()).length).toBe(before)
    await axeEverywhere(resident.context, `${site()}/mijn/`, 'the 400 answer of /mijn/activiteit/nieuw/opslaan', await page.content())
  })

  it('proposes a weekly activity: preview, then Indienen; an event draft with proposedBy', async () => {
    const { page } = resident
    await page.goto(`${site()}/mijn/activiteit/nieuw/`)
    await axeEverywhere(resident.context, `${site()}/mijn/activiteit/nieuw/`, '/mijn/activiteit/nieuw/')
    const title = `Samen breien ${Date.now()}`
    await page.fill('#title', title)
    await page.selectOption('#category', 'ontmoeting')
    await page.fill('#summary', 'Breien, haken en thee in de hal.')
    await page.fill('#description', 'Wol is er genoeg.\n\nBeginners zijn welkom.')
    await page.fill('#date', inAWeek())
    await page.fill('#startTime', '10:00')
    await page.fill('#endTime', '12:00')
    await page.getByLabel('Elke week, op dezelfde dag en tijd').check()
    await page.fill('#placeName', 'Hal van flat Bospolder')
    await page.fill('#howToJoin', 'Gewoon binnenlopen.')
    if (process.env.WRITE_SCREENSHOTS) {
      await page.setViewportSize({ width: 390, height: 844 })
      await page.screenshot({ path: path.join(SCREENSHOTS, 'mijn-ik-organiseer-iets.png'), fullPage: true })
      await page.setViewportSize({ width: 1280, height: 900 })
    }
    await Promise.all([page.waitForURL(/\/mijn\/activiteit\/\d+\/voorbeeld\/?$/), page.getByRole('button', { name: 'Bekijk voorbeeld' }).click()])
    residentProposalId = Number(/activiteit\/(\d+)/.exec(page.url())![1])
    await expect(page.getByRole('heading', { level: 1, name: title }).count()).resolves.toBe(1)
    await expect(page.getByText(/^Elke \w+dag, 10:00 – 12:00 uur$/).count()).resolves.toBe(1)
    await axeEverywhere(resident.context, page.url(), '/mijn/activiteit/<id>/voorbeeld/')
    expect((await api('editor', 'GET', `/events/${residentProposalId}?draft=true&depth=0`)).json).toMatchObject({ _status: 'draft', title })

    await Promise.all([page.waitForURL(/\/mijn\/activiteit\/\d+\/?\?ingediend=1$/), page.getByRole('button', { name: 'Indienen' }).click()])
    const event = (await api('editor', 'GET', `/events/${residentProposalId}?draft=true&depth=1`)).json
    expect(event).toMatchObject({ _status: 'draft', title, organisation: null, proposedBy: { id: residentId, email: `bewoner@${WIJK}.test` } })
    expect(event.recurrence.rule).toMatch(/^FREQ=WEEKLY;BYDAY=(MO|TU|WE|TH|FR|SA|SU)$/)
    expect((await snapshot()).events.map((e) => e.title)).not.toContain(title)
    await axeEverywhere(resident.context, page.url(), '/mijn/activiteit/<id>/')
  })
})

describe('attacks through HTTP: 4xx in Dutch, nothing stored', () => {
  it('a forged or foreign Origin is refused (403)', async () => {
    const cookie = await cookieOf(resident.context)
    const before = (await allEvents()).length
    for (const origin of ['http://evil.example', site('kanaleneiland'), cms.url, null]) {
      const answer = await post(`/mijn/activiteit/nieuw/opslaan`, { cookie, origin, body: formOf(proposal()) })
      expect({ origin, status: answer.status }).toEqual({ origin, status: 403 })
      expect(await answer.text()).toContain('alleen worden verstuurd vanaf de site van')
    }
    expect((await allEvents()).length).toBe(before)
  })

  it('the session of wijk A does not work on wijk B (sign in again), and stores nothing there', async () => {
    const cookie = await cookieOf(resident.context)
    const before = (await allEvents()).length
    const answer = await post(`/mijn/activiteit/nieuw/opslaan`, { cookie, origin: site('kanaleneiland'), body: formOf(proposal()), wijk: 'kanaleneiland' })
    expect(answer.status).toBe(303)
    expect(answer.headers.get('location')).toMatch(/\/mijn\/inloggen\/?$/)
    const page = await viaProxy('kanaleneiland', `/mijn/activiteit/${residentProposalId}/`, { headers: { cookie } })
    expect(page.status).not.toBe(200)
    expect((await allEvents()).length).toBe(before)
  })

  it('another person cannot see or change a resident’s proposal; a partner no other organisation’s event (404)', async () => {
    const partnerCookie = await cookieOf(partner.context)
    const otherEvent = (await allEvents()).find((e) => e.organisation && e.organisation !== organisationId && e.tenant === wijkAId)
    for (const id of [residentProposalId, otherEvent.id]) {
      const page = await viaProxy(WIJK, `/mijn/activiteit/${id}`, { headers: { cookie: partnerCookie } })
      expect(page.status).toBe(404)
      for (const verb of ['opslaan', 'indienen']) {
        const answer = await post(`/mijn/activiteit/${id}/${verb}`, { cookie: partnerCookie, body: formOf({ ...proposal(), title: 'Overgenomen' }) })
        expect({ id, verb, status: answer.status }).toEqual({ id, verb, status: 404 })
        expect(await answer.text()).toContain('bestaat niet of is niet van jou')
      }
    }
    expect((await allEvents()).some((e) => e.title === 'Overgenomen')).toBe(false)
    const residentCookie = await cookieOf(resident.context)
    const answer = await post(`/mijn/organisatie/opslaan`, { cookie: residentCookie, body: formOf({ summary: 'Overgenomen', actie: 'indienen' }) })
    expect(answer.status).toBe(403)
  })

  const activityTarget: FuzzTarget = {
    valid: proposal,
    required: ['title', 'category', 'summary', 'date', 'startTime', 'placeName'],
    maxLengths: { title: 120, summary: 200, description: 3000, placeName: 120, howToJoin: 400 },
    strict: ['category', 'date', 'startTime', 'repeat', 'actie'],
  }

  it('hostile bodies to "ik organiseer iets": every one 4xx with a Dutch page, no event stored', async () => {
    const cookie = await cookieOf(resident.context)
    const before = (await allEvents()).length
    for (const fuzz of hostileBodies(activityTarget, 80, 1616)) {
      const answer = await post(`/mijn/activiteit/nieuw/opslaan`, { cookie, body: fuzz.body!, contentType: fuzz.contentType })
      const text = await answer.text()
      expect({ label: fuzz.label, status: answer.status >= 400 && answer.status < 500 }).toEqual({ label: fuzz.label, status: true })
      expect(text).toMatch(/lang="nl"/)
      expect(text).not.toMatch(/at \w+ \(|Error:/)
    }
    expect((await allEvents()).length).toBe(before)
  })

  it('hostile bodies to the organisation form: every one 4xx, the draft unchanged', async () => {
    const cookie = await cookieOf(partner.context)
    const before = (await api('admin', 'GET', `/organisations/${organisationId}?draft=true&depth=0`)).json.updatedAt
    const target: FuzzTarget = {
      valid: () => ({ summary: 'Het huis van de buurt.', email: 'info@dekabel.nl', website: 'https://dekabel.nl', actie: 'indienen' }),
      required: ['summary'],
      maxLengths: { summary: 200, description: 5000, contactName: 120 },
      strict: ['email', 'website', 'phone', 'actie'],
    }
    for (const fuzz of hostileBodies(target, 40, 1617)) {
      const answer = await post(`/mijn/organisatie/opslaan`, { cookie, body: fuzz.body!, contentType: fuzz.contentType })
      expect({ label: fuzz.label, status: answer.status >= 400 && answer.status < 500 }).toEqual({ label: fuzz.label, status: true })
    }
    expect((await api('admin', 'GET', `/organisations/${organisationId}?draft=true&depth=0`)).json.updatedAt).toBe(before)
  })
})
