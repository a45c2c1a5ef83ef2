import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../src/seed/demoUsers'
import { type LocalSmtp, type ReceivedMail, startLocalSmtp } from '../helpers/smtpServer'
import { type CmsServer, startCms } from './helpers/cmsServer'

let smtp: LocalSmtp
let cms: CmsServer

beforeAll(async () => {
  smtp = await startLocalSmtp()
  cms = await startCms({ env: { SMTP_URL: smtp.url, MAIL_RETRY_BASE_MS: '500' } })
})
afterAll(async () => {
  await cms?.stop()
  await smtp?.stop()
})

/** Each test posts from its own address, so the per-IP limit of one test never blocks another. */
let nextIp = 1
const ownIp = () => `203.0.113.${nextIp++}`

type Fields = Record<string, unknown>

/** What the resident types on the confirmation page (the registration form asks no password). */
const PASSWORD = 'lange-zin-van-mij'

const resident = (email: string): Fields => ({
  name: 'Fatima el Amrani',
  email,
  wijk: 'delfshaven',
  role: 'resident',
  consent: true,
})

const register = (body: Fields, headers: Record<string, string> = {}) =>
  fetch(`${cms.url}/api/account/registreren`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ownIp(), ...headers },
    body: JSON.stringify(body),
    redirect: 'manual',
  })

const login = (email: string, password: string) =>
  fetch(`${cms.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })

const tokenOf = async (email: string, password: string) => {
  const response = await login(email, password)
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

const api = (token: string, path: string, init: RequestInit = {}) =>
  fetch(`${cms.url}/api${path}`, { ...init, headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, ...init.headers } })

const mailTo = (email: string, subject: RegExp) => smtp.waitForMail((mail) => mail.envelopeTo.includes(email) && subject.test(mail.subject ?? ''))

/** The one link of a given shape in the plain-text part: what a resident taps. */
const linkIn = (mail: ReceivedMail, shape: RegExp) => {
  const link = (mail.text ?? '').match(shape)?.[0]
  if (!link) throw new Error(`no link like ${shape} in: ${mail.text}`)
  return link
}

const accountsWith = async (email: string) => {
  const admin = await tokenOf('beheer@wijkplatform.test', DEMO_PASSWORD)
  const response = await api(admin, `/users?where[email][equals]=${encodeURIComponent(email)}&depth=0`)
  return ((await response.json()) as { totalDocs: number }).totalDocs
}

const CONFIRM_LINK = /http:\/\/\S+\/api\/account\/bevestigen\/[a-f0-9]+/

/**
 * What a browser does on the page the mail's link opens: it shows a form; the resident types a
 * password and presses the button, which posts the form (with the page's Origin) to the CMS.
 */
const confirmOnPage = async (link: string, password = PASSWORD) => {
  const page = await fetch(link, { redirect: 'manual' })
  expect(page.status).toBe(200)
  const html = await page.text()
  const action = html.match(/<form method="post" action="([^"]+)"/)?.[1]
  const token = html.match(/<input type="hidden" name="token" value="([a-f0-9]+)"/)?.[1]
  if (!action || !token) throw new Error(`no confirmation form on the page: ${html}`)
  return fetch(new URL(action, link), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(link).origin, 'x-forwarded-for': ownIp() },
    body: new URLSearchParams({ token, password }),
    redirect: 'manual',
  })
}

/** Registers, reads the verification mail from the local SMTP server, opens its link and confirms on the page. */
const registerAndVerify = async (body: Fields) => {
  expect((await register(body)).status).toBe(200)
  const mail = await mailTo(String(body.email), /Bevestig je e-mailadres/)
  const verified = await confirmOnPage(linkIn(mail, CONFIRM_LINK))
  expect(verified.status).toBe(303)
  return verified
}

describe('registering as a resident', () => {
  const email = 'fatima@bewoner.test'

  it('mails a link to a page where the resident chooses a password and confirms with a button, then leads to the wijk site', async () => {
    const response = await register(resident(email))
    expect(response.status).toBe(200)
    expect(((await response.json()) as { message: string }).message).toMatch(/Kijk|mail/)

    const mail = await mailTo(email, /^Bevestig je e-mailadres voor Delfshaven$/)
    // The address is not confirmed yet: the mail repeats nothing typed into the form.
    expect(mail.text).toContain('Hallo,')
    expect(mail.text).not.toContain('Fatima')
    const link = linkIn(mail, CONFIRM_LINK)
    expect(link.startsWith(cms.url)).toBe(true)
    expect(mail.html).toContain(`href="${link}"`)

    // Opening the link (a person, or a mail filter scanning links) only shows the page: nothing is confirmed yet.
    const page = await fetch(link, { redirect: 'manual' })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Bevestig mijn account')
    expect((await login(email, PASSWORD)).status).toBe(401)

    const verified = await confirmOnPage(link)
    expect(verified.status).toBe(303)
    expect(verified.headers.get('location')).toBe('http://delfshaven.localhost/account/klaar/')

    const token = await tokenOf(email, PASSWORD)
    const me = (await (await api(token, '/users/me?depth=1')).json()) as { user: { role: string; consentAt: string; tenants: { tenant: { slug: string } }[] } }
    expect(me.user.role).toBe('writer')
    expect(me.user.tenants.map((t) => t.tenant.slug)).toEqual(['delfshaven'])
    expect(Date.now() - Date.parse(me.user.consentAt)).toBeLessThan(120_000)

    const again = await fetch(link, { redirect: 'manual' })
    expect(again.status).toBe(400)
    expect(await again.text()).toContain('Deze link werkt niet (meer)')
  })

  it('gives the same answer for an address that already has an account, mails its owner and makes no second account', async () => {
    const first = await register({ ...resident(email), name: 'Iemand anders' })
    const fresh = await register(resident('nog-niemand@bewoner.test'))
    expect(first.status).toBe(fresh.status)
    expect(await first.json()).toEqual(await fresh.json())
    const notice = await mailTo(email, /^Je hebt al een account bij Delfshaven$/)
    expect(notice.text).toContain('Hoi Fatima el Amrani')
    expect(await accountsWith(email)).toBe(1)
    // Capitals and spaces make no new account either.
    expect((await register(resident(`  FATIMA@Bewoner.test `))).status).toBe(200)
    expect(await accountsWith(email)).toBe(1)
  })

  it('a plain form post from the wijk site is sent on to its "check your mail" page', async () => {
    const form = new URLSearchParams({ name: 'Kees', email: 'kees@bewoner.test', wijk: 'delfshaven', role: 'resident', consent: 'on', website: '' })
    const response = await fetch(`${cms.url}/api/account/registreren`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://delfshaven.localhost:4321', 'x-forwarded-for': ownIp() },
      body: form,
      redirect: 'manual',
    })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('http://delfshaven.localhost:4321/account/bijna-klaar/')
    await mailTo('kees@bewoner.test', /Bevestig je e-mailadres/)
  })
})

describe('forgot password', () => {
  it('mails a reset link; the new password works and the old one no longer does', async () => {
    const email = 'henk@bewoner.test'
    await registerAndVerify({ ...resident(email), name: 'Henk' })
    const asked = await fetch(`${cms.url}/api/users/forgot-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    })
    expect(asked.status).toBe(200)
    const mail = await mailTo(email, /^Kies een nieuw wachtwoord$/)
    expect(mail.text).toContain('Hoi Henk')
    const link = linkIn(mail, /http:\/\/\S+\/admin\/reset\/[a-f0-9]+/)
    const token = link.split('/').pop()!
    const reset = await fetch(`${cms.url}/api/users/reset-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, password: 'een-heel-nieuw-wachtwoord' }),
    })
    expect(reset.status).toBe(200)
    expect((await login(email, PASSWORD)).status).toBe(401)
    await tokenOf(email, 'een-heel-nieuw-wachtwoord')
  })
})

describe('registering as a partner', () => {
  const adminToken = () => tokenOf('beheer@wijkplatform.test', DEMO_PASSWORD)
  const twoOrganisations = async () => {
    const response = await api(
      await adminToken(),
      '/organisations?where[tenant.slug][equals]=delfshaven&where[_status][equals]=published&limit=2&depth=0&sort=name',
    )
    const { docs } = (await response.json()) as { docs: { id: number; slug: string; name: string }[] }
    return docs as [(typeof docs)[0], (typeof docs)[0]]
  }

  it('claims an organisation; once the redactie approves, the partner edits that one and not another', async () => {
    const [own, other] = await twoOrganisations()
    const email = 'priya@partner.test'
    await registerAndVerify({ ...resident(email), name: 'Priya', role: 'partner', organisation: own.slug })
    let partner = await tokenOf(email, PASSWORD)
    const before = await api(partner, `/organisations/${own.id}?draft=true`, { method: 'PATCH', body: JSON.stringify({ summary: 'Nog niet van mij.' }) })
    expect([403, 404]).toContain(before.status)

    const editor = await tokenOf('redactie@delfshaven.test', DEMO_PASSWORD)
    const claims = (await (await api(editor, `/organisation-claims?where[status][equals]=pending&depth=1`)).json()) as {
      docs: { id: number; user: { email: string }; organisation: { id: number } }[]
    }
    const claim = claims.docs.find((doc) => doc.user.email === email)!
    expect(claim.organisation.id).toBe(own.id)
    const approved = await api(editor, `/organisation-claims/${claim.id}`, { method: 'PATCH', body: JSON.stringify({ status: 'approved' }) })
    expect(approved.status).toBe(200)
    const mail = await mailTo(email, new RegExp(`^Je beheert nu ${own.name}$`))
    expect(mail.text).toContain('Hoi Priya')

    partner = await tokenOf(email, PASSWORD)
    const edit = await api(partner, `/organisations/${own.id}?draft=true`, { method: 'PATCH', body: JSON.stringify({ summary: 'Wij koken elke week samen.' }) })
    expect(edit.status).toBe(200)
    const foreign = await api(partner, `/organisations/${other.id}?draft=true`, { method: 'PATCH', body: JSON.stringify({ summary: 'Overgenomen.' }) })
    expect([403, 404]).toContain(foreign.status)
    const untouched = (await (await api(await adminToken(), `/organisations/${other.id}?draft=true&depth=0`)).json()) as { summary: string }
    expect(untouched.summary).not.toBe('Overgenomen.')
  })

  it('proposes a new organisation, which approval creates as a draft for the partner', async () => {
    const email = 'youssef@partner.test'
    await registerAndVerify({ ...resident(email), name: 'Youssef', role: 'partner', newOrganisation: 'Fietsenmakers Spangen' })
    const editor = await tokenOf('redactie@delfshaven.test', DEMO_PASSWORD)
    const claims = (await (await api(editor, `/organisation-claims?where[proposedName][equals]=Fietsenmakers%20Spangen&depth=0`)).json()) as {
      docs: { id: number }[]
    }
    const approved = (await (
      await api(editor, `/organisation-claims/${claims.docs[0]!.id}`, { method: 'PATCH', body: JSON.stringify({ status: 'approved' }) })
    ).json()) as { doc: { organisation: { id: number } | number } }
    const organisationId = typeof approved.doc.organisation === 'object' ? approved.doc.organisation.id : approved.doc.organisation
    await mailTo(email, /^Je beheert nu Fietsenmakers Spangen$/)
    const partner = await tokenOf(email, PASSWORD)
    const edit = await api(partner, `/organisations/${organisationId}?draft=true`, {
      method: 'PATCH',
      body: JSON.stringify({ summary: 'Wij maken fietsen van buren.' }),
    })
    expect(edit.status).toBe(200)
    expect(((await edit.json()) as { doc: { _status: string } }).doc._status).toBe('draft')
  })
})

describe('bad input', () => {
  const cases: [string, Fields, RegExp][] = [
    ['nothing at all', {}, /Vul je naam in/],
    ['no consent', { ...resident('geen@bewoner.test'), consent: false }, /privacyverklaring/],
    ['an unknown wijk', { ...resident('atlantis@bewoner.test'), wijk: 'atlantis' }, /Deze wijk kennen we niet/],
    ['a partner without organisation', { ...resident('los@partner.test'), role: 'partner' }, /Kies je organisatie/],
    ['a partner claiming an unknown organisation', { ...resident('nep@partner.test'), role: 'partner', organisation: 'bestaat-niet' }, /staat niet op de site/],
    ['an admin role', { ...resident('baas@bewoner.test'), role: 'admin' }, /bewoner bent of een organisatie/],
    ['wrong types', { name: ['x'], email: 42, password: { a: 1 }, wijk: null, role: true, consent: 'nee' }, /.+/],
  ]
  for (const [what, body, message] of cases) {
    it(`refuses ${what} with a Dutch 400 and stores nothing`, async () => {
      const response = await register(body)
      expect(response.status).toBe(400)
      expect(JSON.stringify(await response.json())).toMatch(message)
      if (typeof body.email === 'string') expect(await accountsWith(body.email)).toBe(0)
    })
  }

  it('refuses a post from another wijk’s site for this wijk, and from a stranger’s site', async () => {
    const cross = await register(resident('kruis@bewoner.test'), { origin: 'http://kanaleneiland.localhost:4321' })
    expect(cross.status).toBe(400)
    const stranger = await register(resident('vreemd@bewoner.test'), { origin: 'https://evil.example' })
    expect(stranger.status).toBe(403)
    expect(await accountsWith('kruis@bewoner.test')).toBe(0)
    expect(await accountsWith('vreemd@bewoner.test')).toBe(0)
  })
})
