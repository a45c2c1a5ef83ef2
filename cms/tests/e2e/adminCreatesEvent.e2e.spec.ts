import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../src/seed/demoUsers'
import { launchChromium } from './helpers/browser'
import { type CmsServer, startCms } from './helpers/cmsServer'

let cms: CmsServer
let browser: Browser
let page: Page

beforeAll(async () => {
  cms = await startCms()
  browser = await launchChromium()
  page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } })
})
afterAll(async () => {
  await browser?.close()
  await cms?.stop()
})

const title = `Buurtmaaltijd proef ${Date.now()}`

describe('the redactie in the admin panel (real Chromium)', () => {
  it('logs in', async () => {
    await page.goto(`${cms.url}/admin/login`)
    await page.fill('#field-email', 'redactie@delfshaven.test')
    await page.fill('#field-password', DEMO_PASSWORD)
    await page.click('button[type=submit]')
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
    await expect(page.getByText('Activiteiten').first().isVisible()).resolves.toBe(true)
  })

  it('creates and publishes an event', async () => {
    await page.goto(`${cms.url}/admin/collections/events/create`)
    await page.waitForSelector('#field-title', { timeout: 60_000 })
    await page.fill('#field-title', title)
    await page.fill('#field-summary', 'Samen koken en eten met de buren.')
    await page.click('#field-category')
    await page.getByText('Buurtmaaltijd', { exact: true }).click()
    await page.locator('#field-startsAt input').first().click()
    await page.locator('.react-datepicker__day:not(.react-datepicker__day--outside-month)', { hasText: /^28$/ }).first().click()
    await page.locator('.react-datepicker__time-list-item', { hasText: /^18:00$/ }).click()
    await page.getByRole('button', { name: 'Publiceer wijzigingen' }).click()
    await page.waitForURL(/\/admin\/collections\/events\/\d+/, { timeout: 60_000 })
  })

  it('sees the new event in the list', async () => {
    await page.goto(`${cms.url}/admin/collections/events?search=${encodeURIComponent('proef')}`)
    await expect(page.getByRole('link', { name: title }).waitFor({ timeout: 30_000 })).resolves.toBeUndefined()
  })

  it('stored it, published, at 18:00 Amsterdam time', async () => {
    const login = await fetch(`${cms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'redactie@delfshaven.test', password: DEMO_PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    const response = await fetch(`${cms.url}/api/events?where[title][equals]=${encodeURIComponent(title)}&depth=0`, {
      headers: { Authorization: `JWT ${token}` },
    })
    const { docs } = (await response.json()) as { docs: { _status: string; startsAt: string; slug: string }[] }
    expect(docs).toHaveLength(1)
    expect(docs[0]!._status).toBe('published')
    expect(docs[0]!.slug).toMatch(/^buurtmaaltijd-proef-\d+$/)
    const local = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }).format(new Date(docs[0]!.startsAt))
    expect(local).toBe('18:00')
  })
})
