/**
 * Mijn buurt, the whole journey of issue 16 item 9, as one test through the real pieces: the CMS
 * (`next start` via cms/server.ts, seeded SQLite), the real builder serving the wijk's site on
 * http://delfshaven.localhost:<builder port>/ and passing /mijn/ to the CMS, a real SMTP server on
 * loopback and Chromium.
 *
 * A new resident registers on the wijk site's form, confirms from the mail (choosing a password),
 * signs in by a link from a mail, writes a buurtkrant piece with a photo and its alt text, previews
 * and submits it. The redactie is mailed (one mail per item, the editor's default), asks for a change
 * from the Wachtrij in the admin; the resident is mailed, reads "de redactie vraagt: …", changes the
 * piece and submits again; the editor publishes it from the Wachtrij, and the builder puts the
 * newest version, with its photo and alt text, on the wijk's site. Every wait is on something
 * observable (a mail, a page, the builder's status), never a fixed sleep.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../src/seed/demoUsers'
import { type LocalSmtp, type ReceivedMail, startLocalSmtp } from '../helpers/smtpServer'
import { launchChromium } from './helpers/browser'
import { type BuilderServer, startBuilder, type WijkStatus } from './helpers/builderServer'
import { type CmsServer, freePort, SNAPSHOT_TOKEN, startCms, WEBHOOK_SECRET } from './helpers/cmsServer'

const WIJK = 'delfshaven'
const HOST = `${WIJK}.localhost`
const EDITOR = `redactie@${WIJK}.test`
const RESIDENT = 'marieke.journey@bewoner.test'
const PASSWORD = 'een-lange-zin-van-marieke'
const TITLE = `Tien jaar moestuin aan de Schiedamseweg ${Date.now()}`
const LEAD = 'De moestuin bestaat tien jaar. Buren vieren het met soep.'
const STORY_FIRST = 'Het begon met drie bakken.\n\nNu oogsten veertig buren samen.'
const STORY_CHANGED = 'Het begon met drie bakken in De Groene Kabel.\n\nNu oogsten veertig buren samen.'
const ALT = 'Buren oogsten tomaten in de moestuin'
const COMMENT = 'Noem je de naam van de tuin?'
/** Generous limits: they only catch "never", the test never waits for them to pass. */
const MAIL_MS = 60_000
const LIVE_MS = 120_000

let smtp: LocalSmtp
let cms: CmsServer
let builder: BuilderServer
let browser: Browser
let site: string
const contexts: BrowserContext[] = []

const settled = (s: WijkStatus) => s.state === 'idle' && !s.pending && !s.searchPending && s.current !== null

const mailTo = (email: string, subject: (subject: string) => boolean) =>
  smtp.waitForMail((mail) => mail.envelopeTo.includes(email) && subject(mail.subject ?? ''), MAIL_MS)

const linkIn = (mail: ReceivedMail, shape: RegExp) => {
  const link = (mail.text ?? '').match(shape)?.[0]
  if (!link) throw new Error(`no link like ${shape} in: ${mail.text}`)
  return link
}

/** Next answers `/path/` with a 308 to `/path`: compare addresses without the trailing slash. */
const normal = (url: string | URL) => {
  const { pathname, search } = new URL(url, site)
  return `${pathname.replace(/\/$/, '')}${search}`
}
const waitAt = (page: Page, at: string | RegExp) =>
  page.waitForURL((url) => (typeof at === 'string' ? normal(url) === normal(at) : at.test(normal(url))), { timeout: 60_000 })

const newPage = async (width = 390): Promise<Page> => {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width, height: 900 } })
  contexts.push(context)
  return context.newPage()
}

/** The newest version of the article, as the platform admin reads it (REST, draft). */
let adminToken = ''
const storedArticle = async (id: number) => {
  if (!adminToken) {
    const login = await fetch(`${cms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'beheer@wijkplatform.test', password: DEMO_PASSWORD }),
    })
    adminToken = ((await login.json()) as { token: string }).token
  }
  const response = await fetch(`${cms.url}/api/articles/${id}?draft=true&depth=1`, { headers: { authorization: `JWT ${adminToken}` } })
  return (await response.json()) as Record<string, any>
}

/** The editor's dashboard counts for the wijk: resident accounts, and per week (label) submitted and published. */
type Counts = { residents: number; weeks: Map<string, { submitted: number; published: number }> }
const dashboardCounts = async (page: Page): Promise<Counts> => {
  await page.goto(`${cms.url}/admin`)
  const panel = page.locator('[data-testid=wijk-counts]', { hasText: 'Delfshaven: hoe staan we ervoor?' })
  await panel.waitFor({ timeout: 30_000 })
  const residents = Number(/Accounts van bewoners:\s*(\d+)/.exec(await panel.innerText())?.[1])
  const rows = await panel
    .locator('table', { has: page.locator('caption', { hasText: 'Per week' }) })
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', ...[...tr.querySelectorAll('td')].map((td) => Number(td.textContent))] as const),
    )
  return { residents, weeks: new Map(rows.map(([label, submitted, published]) => [label, { submitted: Number(submitted), published: Number(published) }])) }
}
/** Submitted and published over the weeks shown now, minus what the same weeks showed before (a run across a week's end drops the oldest). */
const growth = (before: Counts, after: Counts) => {
  let submitted = 0
  let published = 0
  for (const [label, week] of after.weeks) {
    submitted += week.submitted - (before.weeks.get(label)?.submitted ?? 0)
    published += week.published - (before.weeks.get(label)?.published ?? 0)
  }
  return { residents: after.residents - before.residents, submitted, published }
}

let photoPath: string

beforeAll(async () => {
  const started = performance.now()
  smtp = await startLocalSmtp()
  const builderPort = await freePort()
  cms = await startCms({
    builderUrl: `http://127.0.0.1:${builderPort}/webhook`,
    env: { SMTP_URL: smtp.url, MAIL_RETRY_BASE_MS: '200', WEBHOOK_RETRY_BASE_MS: '1000' },
  })
  // The site's forms (account registration) post to the CMS's public address.
  builder = await startBuilder({
    port: builderPort,
    cmsUrl: cms.url,
    snapshotToken: SNAPSHOT_TOKEN,
    webhookSecret: WEBHOOK_SECRET,
    wijken: [WIJK],
    env: { PUBLIC_CMS_URL: cms.url },
  })
  site = `http://${HOST}:${builderPort}`
  const first = await builder.waitFor(WIJK, (s) => settled(s) || s.state === 'failed', 5 * 60_000)
  expect(first.lastError).toBeNull()
  browser = await launchChromium()
  photoPath = path.join(mkdtempSync(path.join(tmpdir(), 'journey-foto-')), 'moestuin.jpg')
  // A real photo-like JPEG: a gradient with a "plant", so it is no flat colour.
  const plant = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1">' +
      '<stop offset="0" stop-color="#9fd3f0"/><stop offset="1" stop-color="#4d7f2a"/></linearGradient></defs>' +
      '<rect width="1200" height="800" fill="url(#g)"/><circle cx="600" cy="420" r="140" fill="#c8372d"/></svg>',
  )
  writeFileSync(photoPath, await sharp(plant).jpeg({ quality: 80 }).toBuffer())
  console.log(`[journey] CMS, SMTP and builder up in ${((performance.now() - started) / 1000).toFixed(1)} s`)
}, 900_000)

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined)
  await browser?.close()
  await Promise.allSettled([builder?.stop(), cms?.stop()])
  await smtp?.stop()
})

describe('Mijn buurt: from registering to a piece on the wijk’s site', () => {
  it('a resident registers, signs in by link, writes a piece with a photo; the redactie asks for a change, then publishes; the builder puts it live', async () => {
    const journeyStarted = performance.now()
    const step = (what: string) => console.log(`[journey] ${((performance.now() - journeyStarted) / 1000).toFixed(1)} s: ${what}`)

    // 0. The editor signs in to the admin and notes the wijk's counts on the dashboard.
    const editor = await newPage(1600)
    await editor.goto(`${cms.url}/admin/login`)
    await editor.fill('#field-email', EDITOR)
    await editor.fill('#field-password', DEMO_PASSWORD)
    await editor.click('button[type=submit]')
    await editor.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
    const countsBefore = await dashboardCounts(editor)

    // 1. Register on the wijk site's own form (static page of the builder, posting to the CMS).
    const resident = await newPage()
    await resident.goto(`${site}/account/registreren/`)
    // The form posts to the CMS's public address (the page's footer has a newsletter form too).
    const registration = resident.locator(`form[action="${cms.url}/api/account/registreren"]`)
    await registration.getByLabel('Je naam', { exact: true }).fill('Marieke de Vries')
    await registration.getByLabel('Je e-mailadres', { exact: true }).fill(RESIDENT)
    await registration.getByLabel(/Ik woon in Delfshaven/).check()
    await registration.getByLabel(/Ik ga akkoord met de/).check()
    await registration.getByRole('button', { name: 'Account maken' }).click()
    await waitAt(resident, '/account/bijna-klaar/')
    expect(new URL(resident.url()).host).toBe(new URL(site).host)

    const verification = await mailTo(RESIDENT, (s) => s === 'Bevestig je e-mailadres voor Delfshaven')
    const confirmLink = linkIn(verification, /http:\/\/\S+\/api\/account\/bevestigen\/[a-f0-9]+/)
    await resident.goto(confirmLink)
    await resident.getByLabel('Kies een wachtwoord').fill(PASSWORD)
    // The answer sends the browser to the wijk's "klaar" page at its domain (`http://delfshaven.localhost/`,
    // no port, as a production domain has none); the demo's site has the builder's port, so that one
    // address is passed on to it.
    await resident.route(`http://${HOST}/account/klaar/`, (route) => route.fulfill({ status: 302, headers: { location: `${site}/account/klaar/` } }))
    const confirmed = resident.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname.startsWith('/api/account/bevestigen'))
    await resident.getByRole('button', { name: 'Bevestig mijn account' }).click()
    const confirmAnswer = await confirmed
    expect(confirmAnswer.status()).toBe(303)
    expect(confirmAnswer.headers().location).toBe(`http://${HOST}/account/klaar/`)
    await waitAt(resident, '/account/klaar/')
    expect(new URL(resident.url()).origin).toBe(site)
    step('registered and confirmed')

    // 2. Sign in by a link from a mail, on the wijk's host (the builder passes /mijn/ to the CMS).
    await resident.goto(`${site}/mijn/inloggen/`)
    await resident.getByRole('link', { name: 'Stuur mij een inloglink' }).click()
    await resident.getByLabel('Je e-mailadres', { exact: true }).fill(RESIDENT)
    await resident.getByRole('button', { name: 'Stuur mij een link' }).click()
    await resident.getByText('Kijk in je mail').first().waitFor()
    const linkMail = await mailTo(RESIDENT, (s) => s === 'Je inloglink voor Delfshaven')
    const signInLink = linkIn(linkMail, /http:\/\/delfshaven\.localhost:\d+\/mijn\/inloggen\/link\/[A-Za-z0-9_-]{43}\//)
    // The link is on the wijk's site as the resident used it: the builder's port, not the CMS's.
    expect(new URL(signInLink).origin).toBe(site)
    await resident.goto(signInLink)
    await resident.getByRole('heading', { name: 'Welkom terug' }).waitFor()
    await resident.getByRole('button', { name: 'Inloggen' }).click()
    await resident.getByRole('heading', { name: 'Hallo Marieke!' }).waitFor()
    expect(new URL(resident.url()).origin).toBe(site)
    const cookie = (await resident.context().cookies()).find((c) => c.name === 'payload-token')
    expect(cookie).toMatchObject({ domain: HOST, path: '/mijn', httpOnly: true, sameSite: 'Lax' })
    step('signed in by link')

    // 3. Write a piece with a photo and its alt text, preview it, submit it.
    await resident.getByRole('link', { name: /Schrijf voor de buurtkrant/ }).click()
    await waitAt(resident, '/mijn/buurtkrant/nieuw/')
    await resident.getByLabel('Titel').fill(TITLE)
    await resident.getByLabel('Inleiding').fill(LEAD)
    await resident.getByLabel('Je verhaal').fill(STORY_FIRST)
    // The concept is kept while typing; wait until it has its address, so no second piece is made.
    await waitAt(resident, /^\/mijn\/buurtkrant\/\d+$/)
    const articleId = Number(/\/mijn\/buurtkrant\/(\d+)/.exec(resident.url())![1])
    await resident.getByLabel('Kies een foto').setInputFiles(photoPath)
    await resident.getByLabel('Wat staat er op de foto?').fill(ALT)
    await resident.getByRole('button', { name: 'Bekijk voorbeeld' }).click()
    await waitAt(resident, `/mijn/buurtkrant/${articleId}/voorbeeld/`)
    expect(new URL(resident.url()).origin).toBe(site)
    await resident.getByText(TITLE).first().waitFor()
    const preview = resident.getByRole('img', { name: ALT }).first()
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 30_000 }).toBe(true)
    await resident.getByRole('button', { name: 'Indienen' }).click()
    await waitAt(resident, `/mijn/buurtkrant/${articleId}/?ingediend=1`)
    expect(await resident.locator('.state').textContent()).toContain('wacht op de redactie')
    await resident.goto(`${site}/mijn/`)
    const onOverview = resident.locator('.items li', { hasText: TITLE })
    expect(await onOverview.locator('.item__state').textContent()).toContain('wacht op de redactie')
    const submitted = await storedArticle(articleId)
    expect(submitted).toMatchObject({ title: TITLE, editorialStatus: 'submitted', _status: 'draft' })
    expect(submitted.image?.alt).toBe(ALT)
    step('piece submitted')

    // 4. The redactie is mailed: one mail per item (the editor's default).
    const redactieMail = await mailTo(EDITOR, (s) => s === `Wacht op de redactie: ${TITLE}`)
    expect(redactieMail.text).toContain(`${cms.url}/admin/collections/articles/${articleId}`)
    expect(redactieMail.text).toContain(`${cms.url}/admin/wachtrij`)
    step('redactie mailed')

    // 5. The editor asks for a change from the Wachtrij.
    await editor.goto(`${cms.url}/admin`)
    await editor.locator('#nav-wachtrij').click()
    await editor.waitForURL(/\/admin\/wachtrij$/, { timeout: 30_000 })
    const queued = editor.locator('[data-testid=wachtrij-item]', { hasText: TITLE })
    await queued.waitFor({ timeout: 30_000 })
    expect(await queued.innerText()).toMatch(/Buurtkrant · Delfshaven[\s\S]*Marieke/)
    await queued.getByLabel('Opmerking of reden').fill(COMMENT)
    await queued.getByRole('button', { name: 'Vraag om aanpassing' }).click()
    await editor.waitForURL(/\/admin\/wachtrij\?besluit=changes/, { timeout: 30_000 })
    await editor.getByRole('status').filter({ hasText: TITLE }).waitFor({ timeout: 30_000 })
    expect(await editor.locator('[data-testid=wachtrij-item]', { hasText: TITLE }).count()).toBe(0)

    const decisionMail = await mailTo(RESIDENT, (s) => s === `Graag aanpassen: ${TITLE}`)
    expect(decisionMail.text).toContain(COMMENT)
    await resident.goto(`${site}/mijn/`)
    expect(await resident.locator('.items li', { hasText: TITLE }).locator('.item__state').textContent()).toContain(`de redactie vraagt: ${COMMENT}`)
    step('change asked, resident mailed')

    // 6. The resident changes the piece and submits it again; the editor publishes it from the Wachtrij.
    await resident.locator('.items li', { hasText: TITLE }).getByRole('link').first().click()
    await waitAt(resident, `/mijn/buurtkrant/${articleId}/`)
    expect(await resident.getByRole('note').textContent()).toContain(`De redactie vraagt: ${COMMENT}`)
    await resident.getByLabel('Je verhaal').fill(STORY_CHANGED)
    await resident.getByRole('button', { name: 'Indienen' }).click()
    await waitAt(resident, `/mijn/buurtkrant/${articleId}/?ingediend=1`)
    expect(await resident.locator('.state').textContent()).toContain('wacht op de redactie')
    // Submitted again: the redactie hears of it again.
    const submissionMails = () => smtp.messages.filter((m) => m.envelopeTo.includes(EDITOR) && m.subject === `Wacht op de redactie: ${TITLE}`).length
    await expect.poll(submissionMails, { timeout: MAIL_MS, interval: 200 }).toBe(2)

    await editor.goto(`${cms.url}/admin/wachtrij`)
    const again = editor.locator('[data-testid=wachtrij-item]', { hasText: TITLE })
    await again.waitFor({ timeout: 30_000 })
    await again.getByRole('button', { name: 'Plaatsen' }).click()
    await editor.waitForURL(/\/admin\/wachtrij\?besluit=approve/, { timeout: 30_000 })
    await editor.getByRole('status').filter({ hasText: TITLE }).waitFor({ timeout: 30_000 })
    const published = await storedArticle(articleId)
    expect(published).toMatchObject({ editorialStatus: 'published', _status: 'published' })
    expect(JSON.stringify(published.body)).toContain('De Groene Kabel')
    await mailTo(RESIDENT, (s) => s === `Geplaatst: ${TITLE}`)
    // The dashboard counts the new resident, both submissions and the one publication.
    expect(growth(countsBefore, await dashboardCounts(editor))).toEqual({ residents: 1, submitted: 2, published: 1 })
    step('published from the Wachtrij')

    // 7. The builder puts the newest version live, with the photo and its alt text.
    const livePath = `/buurtkrant/${published.slug}/`
    const visitor = await newPage(1280)
    const isLive = async () => {
      const answer = await builder.get(HOST, livePath)
      return answer.status === 200 && answer.text.includes('De Groene Kabel')
    }
    await expect.poll(isLive, { timeout: LIVE_MS, interval: 250 }).toBe(true)
    await visitor.goto(`${site}${livePath}`)
    await visitor.getByRole('heading', { name: TITLE }).waitFor()
    expect(await visitor.locator('main').innerText()).toContain(LEAD)
    const livePhoto = visitor.getByRole('img', { name: ALT }).first()
    await livePhoto.scrollIntoViewIfNeeded()
    await expect.poll(() => livePhoto.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 30_000 }).toBe(true)
    const src = await livePhoto.evaluate((img: HTMLImageElement) => img.currentSrc)
    // The photo is the site's own file (built from the CMS's upload), not a link into the CMS.
    expect(new URL(src).origin).toBe(site)
    const liveText = await visitor.locator('main').innerText()
    expect(liveText).toContain('Het begon met drie bakken in De Groene Kabel.')
    expect(liveText).not.toContain('Het begon met drie bakken.')
    const buurtkrant = await builder.get(HOST, '/buurtkrant/')
    expect(buurtkrant.text).toContain(TITLE)
    step('live on the wijk’s site')
  }, 900_000)
})
