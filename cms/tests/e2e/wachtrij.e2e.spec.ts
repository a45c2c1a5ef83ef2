/**
 * The redactie's Wachtrij through the real server (`next start`) and Chromium: a resident submits
 * a piece (REST, as the writer), the editor of the wijk is mailed, opens the Wachtrij from the
 * menu, asks for a change with a comment (a plain form post), and the writer is mailed that comment.
 * The dashboard shows the wijk's counts. With REDACTIE_SCREENSHOTS=<dir> it also saves screenshots
 * at 1280 px.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../src/seed/demoUsers'
import { type LocalSmtp, startLocalSmtp } from '../helpers/smtpServer'
import { launchChromium } from './helpers/browser'
import { type CmsServer, startCms } from './helpers/cmsServer'

let cms: CmsServer
let smtp: LocalSmtp
let browser: Browser
let page: Page

const EDITOR = 'redactie@delfshaven.test'
const WRITER = 'bewoner@delfshaven.test'
const TITLE = `Moestuin aan de Schiedamseweg ${Date.now()}`
const shots = process.env.REDACTIE_SCREENSHOTS

const login = async (email: string) => {
  const response = await fetch(`${cms.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  return (await response.json()) as { token: string; user: { tenants: { tenant: number | { id: number } }[] } }
}
const call = async (token: string, method: string, apiPath: string, body?: unknown) => {
  const response = await fetch(`${cms.url}/api${apiPath}`, {
    method,
    headers: { Authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, json: (await response.json()) as Record<string, any> }
}

beforeAll(async () => {
  smtp = await startLocalSmtp()
  cms = await startCms({ env: { SMTP_URL: smtp.url, MAIL_RETRY_BASE_MS: '200' } })
  browser = await launchChromium()
  page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1600, height: 1000 } })
}, 900_000)
afterAll(async () => {
  await browser?.close()
  await cms?.stop()
  await smtp?.stop()
})

describe('the Wachtrij (real server and Chromium)', () => {
  let articleId: number

  it('a resident submits a piece: the wijk’s editor gets a mail with a link', async () => {
    const writer = await login(WRITER)
    const tenant = writer.user.tenants[0]!.tenant
    const wijk = typeof tenant === 'object' ? tenant.id : tenant
    const created = await call(writer.token, 'POST', '/articles', {
      tenant: wijk,
      title: TITLE,
      lead: 'Tien jaar samen tuinieren.',
      body: {
        root: {
          type: 'root',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          children: [
            {
              type: 'paragraph',
              version: 1,
              direction: null,
              format: '',
              indent: 0,
              textFormat: 0,
              children: [{ type: 'text', version: 1, text: 'Het begon met één bak.', detail: 0, format: 0, mode: 'normal', style: '' }],
            },
          ],
        },
      },
      authorName: 'Henk',
      editorialStatus: 'submitted',
    })
    expect(created.status, JSON.stringify(created.json)).toBe(201)
    articleId = created.json.doc.id
    await call(writer.token, 'POST', '/posts', {
      tenant: wijk,
      kind: 'vraag',
      title: 'Wie leent mij een ladder?',
      body: 'Voor de dakgoot.',
      authorName: 'Henk',
      editorialStatus: 'submitted',
    })
    const mail = await smtp.waitForMail((m) => m.envelopeTo.includes(EDITOR) && (m.subject ?? '') === `Wacht op de redactie: ${TITLE}`, 60_000)
    expect(mail.text).toContain(`${cms.url}/admin/collections/articles/${articleId}`)
    expect(mail.text).toContain(`${cms.url}/admin/wachtrij`)
  })

  it('the editor opens the Wachtrij from the menu and asks for a change', async () => {
    await page.goto(`${cms.url}/admin/login`)
    await page.fill('#field-email', EDITOR)
    await page.fill('#field-password', DEMO_PASSWORD)
    await page.click('button[type=submit]')
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
    await page.locator('[data-testid=wijk-counts]').first().waitFor({ timeout: 30_000 })
    if (shots) {
      mkdirSync(shots, { recursive: true })
      await page.setViewportSize({ width: 1280, height: 1100 })
      await page.screenshot({ path: path.join(shots, 'dashboard-counts-1280.png'), fullPage: true })
      await page.setViewportSize({ width: 1600, height: 1000 })
    }
    await page.locator('#nav-wachtrij').click()
    await page.waitForURL(/\/admin\/wachtrij$/, { timeout: 30_000 })
    await page.getByRole('heading', { name: 'Wachtrij van de redactie' }).waitFor({ timeout: 30_000 })
    const item = page.locator('[data-testid=wachtrij-item]', { hasText: TITLE })
    expect(await item.innerText()).toMatch(/Buurtkrant · Delfshaven[\s\S]*Van Henk\. wacht net/)
    if (shots) {
      await page.setViewportSize({ width: 1280, height: 1100 })
      await page.screenshot({ path: path.join(shots, 'wachtrij-1280.png'), fullPage: true })
    }
    await item.getByLabel('Opmerking of reden').fill('Mag er een foto van de moestuin bij?')
    await item.getByRole('button', { name: 'Vraag om aanpassing' }).click()
    await page.waitForURL(/\/admin\/wachtrij\?besluit=changes/, { timeout: 30_000 })
    await page.getByRole('status').filter({ hasText: TITLE }).waitFor({ timeout: 30_000 })
    expect(await page.locator('[data-testid=wachtrij-item]', { hasText: TITLE }).count()).toBe(0)
    if (shots) await page.screenshot({ path: path.join(shots, 'wachtrij-after-1280.png'), fullPage: true })

    const mail = await smtp.waitForMail((m) => m.envelopeTo.includes(WRITER) && (m.subject ?? '') === `Graag aanpassen: ${TITLE}`, 60_000)
    expect(mail.text).toContain('Mag er een foto van de moestuin bij?')
    const editor = await login(EDITOR)
    const article = await call(editor.token, 'GET', `/articles/${articleId}?draft=true&depth=0`)
    expect(article.json.editorialStatus).toBe('changes-requested')
    expect(article.json.decidedAt).toBeTruthy()
  })

  it('a writer who opens the Wachtrij sees only a notice, and its endpoint refuses them', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const writerPage = await context.newPage()
    await writerPage.goto(`${cms.url}/admin/login`)
    await writerPage.fill('#field-email', WRITER)
    await writerPage.fill('#field-password', DEMO_PASSWORD)
    await writerPage.click('button[type=submit]')
    await writerPage.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
    expect(await writerPage.locator('#nav-wachtrij').count()).toBe(0)
    await writerPage.goto(`${cms.url}/admin/wachtrij`)
    await writerPage.getByText('Deze pagina is alleen voor de redactie.').waitFor({ timeout: 30_000 })
    await context.close()
    const writer = await login(WRITER)
    const refused = await call(writer.token, 'POST', '/redactie/besluit', { collection: 'articles', id: articleId, decision: 'approve' })
    expect(refused.status).toBe(403)
  })
})
