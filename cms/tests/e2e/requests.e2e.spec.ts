import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addressesOf, type LocalSmtp, startLocalSmtp } from '../helpers/smtpServer'
import { type CmsServer, startCms } from './helpers/cmsServer'

let cms: CmsServer
let smtp: LocalSmtp
let adminToken: string
let event: { id: number; slug: string; title: string; organisation: number }
let organisationEmail: string

const SITE = 'http://delfshaven.localhost:4321'
const api = (path: string, init: RequestInit = {}) =>
  fetch(`${cms.url}/api${path}`, { ...init, headers: { Authorization: `JWT ${adminToken}`, ...init.headers }, redirect: 'manual' })
const post = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  fetch(`${cms.url}/api/aanvragen`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: SITE, 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250)}`, ...headers },
    body: JSON.stringify(body),
    redirect: 'manual',
  })
const valid = (email: string) => ({
  kind: 'join',
  name: 'Fatima El Amrani',
  email,
  message: 'Ik kom graag eten.',
  event: event.slug,
  wijk: 'delfshaven',
  consent: true,
})
const storedFor = async (email: string) => (await (await api(`/requests?where[email][equals]=${encodeURIComponent(email)}&depth=0`)).json()).docs

beforeAll(async () => {
  smtp = await startLocalSmtp()
  cms = await startCms({ env: { SMTP_URL: smtp.url, MAIL_RETRY_BASE_MS: '300' } })
  const login = await fetch(`${cms.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'beheer@wijkplatform.test', password: 'wijkdemo-2026' }),
  })
  adminToken = (await login.json()).token
  const events = await (await api('/events?where[tenant.slug][equals]=delfshaven&where[organisation][exists]=true&limit=1&depth=0')).json()
  event = events.docs[0]
  organisationEmail = (await (await api(`/organisations/${event.organisation}?depth=0`)).json()).contact.email
})
afterAll(async () => {
  await cms?.stop()
  await smtp?.stop()
})

describe('POST /api/aanvragen on the real CMS', () => {
  it('stores the aanvraag and mails the organisation, the redactie and the resident', async () => {
    const response = await post(valid('fatima@example.nl'))
    expect(response.status).toBe(200)
    expect((await response.json()).ok).toBe(true)
    const toOrganisation = await smtp.waitForMail((mail) => addressesOf(mail.to).includes(organisationEmail.toLowerCase()))
    expect(toOrganisation.subject).toContain('Fatima El Amrani wil meedoen')
    expect(toOrganisation.text).toContain('Ik kom graag eten.')
    expect(addressesOf(toOrganisation.replyTo)).toEqual(['fatima@example.nl'])
    const toEditor = await smtp.waitForMail((mail) => addressesOf(mail.to).includes('redactie@delfshaven.test'))
    expect(toEditor.subject).toMatch(/Aanvraag via de site/)
    const toResident = await smtp.waitForMail((mail) => addressesOf(mail.to).includes('fatima@example.nl'))
    expect(toResident.subject).toBe('We hebben je aanvraag ontvangen')
    expect(toResident.html).toContain('<html lang="nl">')
    const [stored] = await storedFor('fatima@example.nl')
    expect(stored).toMatchObject({ kind: 'join', event: event.id, organisation: event.organisation, consentVersion: expect.any(String) })
    expect(Date.now() - Date.parse(stored.consentAt)).toBeLessThan(60_000)
    await expect
      .poll(async () => (await storedFor('fatima@example.nl'))[0].mailLog.map((row: { state: string }) => row.state), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['sent']))
    expect((await storedFor('fatima@example.nl'))[0].mailLog.every((row: { state: string }) => row.state === 'sent')).toBe(true)
  })

  it('survives an SMTP outage: accepted with a 2xx while SMTP is down, mailed once it is back', async () => {
    await smtp.stop()
    const response = await post(valid('outage@example.nl'))
    expect(response.status).toBe(200)
    await expect
      .poll(
        async () =>
          (await storedFor('outage@example.nl'))[0]?.mailLog.some((row: { state: string; lastError?: string }) => row.state === 'retrying' && row.lastError),
        { timeout: 20_000 },
      )
      .toBe(true)
    await smtp.start()
    const mail = await smtp.waitForMail((m) => addressesOf(m.to).includes('outage@example.nl'), 60_000)
    expect(mail.subject).toBe('We hebben je aanvraag ontvangen')
    await smtp.waitForMail((m) => addressesOf(m.to).includes(organisationEmail.toLowerCase()) && (m.text ?? '').includes('outage@example.nl'), 60_000)
  }, 120_000)

  it('bad input: 400 with Dutch messages, nothing stored', async () => {
    const response = await post({ ...valid('bad@example.nl'), email: 'geen-adres', consent: false, name: '' })
    expect(response.status).toBe(400)
    const body = await response.json()
    expect(body.errors.email).toMatch(/geldig e-mailadres/)
    expect(body.errors.consent).toMatch(/toestemming/)
    expect(body.errors.name).toBe('Vul je naam in.')
    expect((await post({ ...valid('bad@example.nl'), event: 'bestaat-niet' })).status).toBe(400)
    expect((await post({ ...valid('bad@example.nl'), wijk: 'atlantis' })).status).toBe(400)
    expect(await storedFor('bad@example.nl')).toHaveLength(0)
  })

  it("a foreign origin, or another wijk's site, is refused with 403", async () => {
    expect((await post(valid('foreign@example.nl'), { origin: 'https://evil.example' })).status).toBe(403)
    expect((await post(valid('foreign@example.nl'), { origin: 'http://kanaleneiland.localhost:4321' })).status).toBe(403)
    expect(await storedFor('foreign@example.nl')).toHaveLength(0)
  })

  it('a filled-in honeypot stores nothing', async () => {
    expect((await post({ ...valid('bot@example.nl'), website: 'https://spam.example' })).status).toBe(200)
    expect(await storedFor('bot@example.nl')).toHaveLength(0)
  })

  it('limits one IP with a 429 in Dutch', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 12; i++) statuses.push((await post({ ...valid(`burst${i}@example.nl`), message: 'x' }, { 'x-forwarded-for': '203.0.113.9' })).status)
    expect(statuses.slice(0, 10).every((status) => status === 200)).toBe(true)
    const last = await post(valid('burst-last@example.nl'), { 'x-forwarded-for': '203.0.113.9' })
    expect(last.status).toBe(429)
    expect((await last.json()).message).toMatch(/te vaak/)
  })

  it("a plain HTML form post gets a 303 to the wijk site's thank-you page", async () => {
    const body = new URLSearchParams({
      kind: 'volunteer',
      name: 'Sanne',
      email: 'form@example.nl',
      message: 'Ik help graag.',
      event: event.slug,
      wijk: 'delfshaven',
      consent: 'on',
      website: '',
    })
    const response = await fetch(`${cms.url}/api/aanvragen`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: SITE, 'x-forwarded-for': '192.0.2.77' },
      body,
      redirect: 'manual',
    })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`${SITE}/bedankt/`)
    expect(await storedFor('form@example.nl')).toHaveLength(1)
  })
})
