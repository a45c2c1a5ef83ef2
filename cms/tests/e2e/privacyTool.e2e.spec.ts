import { readFile } from 'node:fs/promises'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../src/seed/demoUsers'
import { launchChromium } from './helpers/browser'
import { type CmsServer, startCms } from './helpers/cmsServer'

let cms: CmsServer
let browser: Browser
let page: Page
let editorToken: string

const SITE = 'http://delfshaven.localhost:4321'
const EDITOR = 'redactie@delfshaven.test'
const WRITER = 'bewoner@delfshaven.test'
const resident = `privacy-${Date.now()}@example.nl`

const login = async (email: string) => {
  const response = await fetch(`${cms.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  return ((await response.json()) as { token: string }).token
}
const asEditor = (path: string) => fetch(`${cms.url}/api${path}`, { headers: { Authorization: `JWT ${editorToken}` } })
const call = async (token: string, method: string, path: string, body?: unknown) => {
  const response = await fetch(`${cms.url}/api${path}`, {
    method,
    headers: { Authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, json: (await response.json()) as Record<string, any> }
}
const requestsOf = async (email: string) =>
  ((await (await asEditor(`/requests?where[email][equals]=${encodeURIComponent(email)}&depth=0`)).json()) as { docs: { id: number }[] }).docs

const logInInBrowser = async (target: Page, email: string) => {
  await target.goto(`${cms.url}/admin/login`)
  await target.fill('#field-email', email)
  await target.fill('#field-password', DEMO_PASSWORD)
  await target.click('button[type=submit]')
  await target.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
}

beforeAll(async () => {
  cms = await startCms()
  browser = await launchChromium()
  // Wide enough that Payload shows the menu open (below 1440 px it starts closed and inert).
  page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1600, height: 900 } })
  editorToken = await login(EDITOR)
  // A resident's aanvraag, sent the way the wijk site sends it.
  const events = (await (await asEditor('/events?where[organisation][exists]=true&limit=1&depth=0')).json()) as { docs: { slug: string }[] }
  const sent = await fetch(`${cms.url}/api/aanvragen`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: SITE, 'x-forwarded-for': '198.51.100.77' },
    body: JSON.stringify({
      kind: 'join',
      name: 'Noor Jansen',
      email: resident,
      message: 'Ik help graag.',
      event: events.docs[0]!.slug,
      wijk: 'delfshaven',
      consent: true,
    }),
  })
  expect(sent.status).toBe(200)
  expect(await requestsOf(resident)).toHaveLength(1)
}, 600_000)
afterAll(async () => {
  await browser?.close()
  await cms?.stop()
})

describe('the redactie exports and erases one address in the admin (real Chromium)', () => {
  it('finds the privacy tool in the menu', async () => {
    await logInInBrowser(page, EDITOR)
    await page.locator('#nav-privacy').click()
    await page.waitForURL(/\/admin\/privacy$/, { timeout: 30_000 })
    await page.getByRole('heading', { name: 'Privacy: gegevens van één e-mailadres' }).waitFor({ timeout: 30_000 })
  })

  it('looks up the address: a summary in Dutch and the JSON as a download', async () => {
    await page.fill('#privacy-email', resident.toUpperCase())
    await page.getByRole('button', { name: 'Bekijk en download' }).click()
    const found = page.locator('section[aria-labelledby=privacy-found-heading]')
    await found.waitFor({ timeout: 30_000 })
    expect(await found.innerText()).toMatch(/Gevonden voor privacy-\d+@example\.nl[\s\S]*0 accounts[\s\S]*1 aanvraag[\s\S]*0 buurtkrantartikelen/)

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download alle gegevens (JSON)' }).click()])
    expect(download.suggestedFilename()).toBe(`gegevens-${resident}.json`)
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as { email: string; users: unknown[]; requests: Record<string, unknown>[] }
    expect(exported.email).toBe(resident)
    expect(exported.users).toEqual([])
    expect(exported.requests).toHaveLength(1)
    expect(exported.requests[0]).toMatchObject({ email: resident, name: 'Noor Jansen', message: 'Ik help graag.', kind: 'join' })
  })

  it('erases after a confirmation that says what goes', async () => {
    await page.getByRole('button', { name: 'Verwijder alles' }).click()
    const confirmation = page.getByRole('alertdialog')
    await confirmation.waitFor()
    expect(await confirmation.innerText()).toContain('Dit wordt verwijderd: 1 aanvraag.')
    expect(await confirmation.innerText()).toContain('Dit kun je niet ongedaan maken.')
    expect(await requestsOf(resident)).toHaveLength(1) // nothing happens before the editor confirms

    await page.getByRole('button', { name: 'Ja, verwijder alles' }).click()
    const result = page.locator('section[aria-labelledby=privacy-result-heading]')
    await result.waitFor({ timeout: 30_000 })
    // The aanvraag's three mails (organisation, redactie, resident), sent long before, keep the address in their job rows.
    expect(await result.innerText()).toContain('Verwijderd: 1 aanvraag en 3 afgehandelde mail- en Mailchimp-taken.')
    expect(await result.innerText()).toContain('Zonder naam bewaard: niets.')
    expect(await requestsOf(resident)).toEqual([])
  })

  it('an unknown address: nothing found, nothing to erase', async () => {
    await page.fill('#privacy-email', 'niemand@example.nl')
    await page.getByRole('button', { name: 'Bekijk en download' }).click()
    await page.getByText('Er staat niets over dit e-mailadres in het CMS').waitFor({ timeout: 30_000 })
    expect(await page.getByRole('button', { name: 'Verwijder alles' }).count()).toBe(0)
  })

  it('a writer gets a welcome on the dashboard, no menu link, and a notice on the privacy page', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const writer = await context.newPage()
    await logInInBrowser(writer, WRITER)
    await writer.getByRole('heading', { name: 'Welkom!' }).waitFor({ timeout: 30_000 })
    expect(await writer.getByText('een stuk voor de buurtkrant schrijven').count()).toBe(1)
    expect(await writer.locator('#nav-privacy').count()).toBe(0)
    await writer.goto(`${cms.url}/admin/privacy`)
    await writer.getByText('Deze pagina is alleen voor de redactie.').waitFor({ timeout: 30_000 })
    expect(await writer.locator('#privacy-email').count()).toBe(0)
    await context.close()
  })

  it('the editor sees no writer welcome', async () => {
    await page.goto(`${cms.url}/admin`)
    await page.locator('#nav-privacy').waitFor({ timeout: 30_000 })
    expect(await page.getByRole('heading', { name: 'Welkom!' }).count()).toBe(0)
  })

  it('erases a writer: account and draft deleted, the published post stays without a name and closed', async () => {
    const writerToken = await login(WRITER)
    const wijkId = ((await (await asEditor('/wijken?where[slug][equals]=delfshaven&depth=0')).json()) as { docs: { id: number }[] }).docs[0]!.id
    const post = (title: string) =>
      call(writerToken, 'POST', '/posts?depth=0', {
        tenant: wijkId,
        kind: 'vraag',
        title,
        body: 'Voor één middag.',
        authorName: 'Henk',
        editorialStatus: 'submitted',
      })
    const published = (await post('Wie leent mij een ladder?')).json.doc.id as number
    const draft = (await post('Wie heeft een boormachine?')).json.doc.id as number
    expect((await call(editorToken, 'PATCH', `/posts/${published}?depth=0`, { editorialStatus: 'published' })).status).toBe(200)
    // The demo's own prikbord posts are the demo resident's too (so a Reageer reaches a mailbox): count them.
    const writerId = (await call(writerToken, 'GET', '/users/me')).json.user.id as number
    const postsOfWriter = async (where = '') =>
      (await call(editorToken, 'GET', `/posts?where[author][equals]=${writerId}${where}&limit=0&depth=0`)).json.totalDocs as number
    const all = await postsOfWriter()
    const live = await postsOfWriter('&where[editorialStatus][equals]=published')
    const gone = all - live
    expect([gone, live].every((n) => n >= 1)).toBe(true)
    const posts = (n: number) => `${n} prikbordbericht${n === 1 ? '' : 'en'}`

    await page.locator('#nav-privacy').click()
    await page.waitForURL(/\/admin\/privacy$/, { timeout: 30_000 })
    await page.fill('#privacy-email', WRITER)
    await page.getByRole('button', { name: 'Bekijk en download' }).click()
    const found = page.locator('section[aria-labelledby=privacy-found-heading]')
    await found.waitFor({ timeout: 30_000 })
    expect(await found.innerText()).toMatch(new RegExp(`1 account[\\s\\S]*${posts(all)}\\n`))
    await page.getByRole('button', { name: 'Verwijder alles' }).click()
    const confirmation = await page.getByRole('alertdialog').innerText()
    expect(confirmation).toContain(`Dit wordt verwijderd: 1 account en ${posts(gone)}.`)
    expect(confirmation).toContain(`Dit blijft staan, maar zonder naam: ${posts(live)}.`)
    await page.getByRole('button', { name: 'Ja, verwijder alles' }).click()
    const result = page.locator('section[aria-labelledby=privacy-result-heading]')
    await result.waitFor({ timeout: 30_000 })
    // The mail about the post just submitted may still be on its way (then it stays until retention removes it).
    expect(await result.innerText()).toMatch(
      new RegExp(`Verwijderd: ${posts(gone)}(, 1 account en \\d+ afgehandelde mail- (of|en) Mailchimp-ta(ak|ken)| en 1 account)\\.`),
    )
    expect(await result.innerText()).toContain(`Zonder naam bewaard: ${posts(live)}.`)

    expect((await call(editorToken, 'GET', `/posts/${draft}?depth=0`)).status).toBe(404)
    expect((await call(editorToken, 'GET', `/posts/${published}?depth=0`)).json).toMatchObject({ authorName: 'Een buurtbewoner', author: null, closed: true })
    expect((await call(editorToken, 'GET', `/users?where[email][equals]=${encodeURIComponent(WRITER)}&depth=0`)).json.docs).toEqual([])
  })
})
