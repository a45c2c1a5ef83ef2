/**
 * Issue 15, finding 9: someone could pre-register an account under another person's address with a
 * password of their own; the confirmation was a plain GET that mail link-scanners open; and the
 * registration's timing told whether an address is registered (only a new account hashed a password).
 *
 * Through Payload's real REST handler (the one `/api/[...slug]` hands every request to): the
 * registration form's endpoint, the link in the mail, the confirmation page's form, and Payload's own
 * login. The mails are read from the mail queue, as the SMTP job would send them.
 */
import crypto from 'node:crypto'

import { handleEndpoints, type Payload } from 'payload'

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { startPayloadWorld } from '../../helpers/payload'
import type { World } from '../../helpers/world'

let payload: Payload
let world: World

beforeAll(async () => ({ payload, world } = await startPayloadWorld()))
afterAll(async () => payload.destroy())
afterEach(() => vi.restoreAllMocks())

let ip = 0
type Call = { json?: unknown; form?: Record<string, string>; headers?: Record<string, string> }
const call = async (method: string, url: string, { json, form, headers = {} }: Call = {}) => {
  // Its own client address per request (the header the CMS's server sets, and the older proxy header), so per-client limits stay out of the way.
  const client = `198.51.100.${++ip % 250}`
  const all: Record<string, string> = { 'x-wijk-client-ip': client, 'x-forwarded-for': client, ...headers }
  let body: string | undefined
  if (json !== undefined) {
    all['content-type'] = 'application/json'
    body = JSON.stringify(json)
  }
  if (form) {
    all['content-type'] = 'application/x-www-form-urlencoded'
    body = new URLSearchParams(form).toString()
  }
  const request = new Request(url.startsWith('http') ? url : `http://cms.test/api${url}`, { method, headers: all, body })
  const response = await handleEndpoints({ config: payload.config, request })
  return { status: response.status, location: response.headers.get('location'), text: await response.text() }
}

const registration = (email: string, extra: Record<string, unknown> = {}) => ({
  name: 'Ilse',
  email,
  wijk: 'delfshaven',
  role: 'resident',
  consent: true,
  ...extra,
})
const register = (body: Record<string, unknown>) => call('POST', '/account/registreren', { json: body })
const login = async (email: string, password: string) => (await call('POST', '/users/login', { json: { email, password } })).status

const mailsTo = async (email: string) => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'sendMail' } },
    sort: 'id',
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((job) => job.input as { to: string; subject: string; text: string }).filter((mail) => mail.to === email)
}

const CONFIRM_LINK = /http:\/\/cms\.test\/api\/account\/bevestigen\/[a-f0-9]+/
const linksTo = async (email: string) =>
  (await mailsTo(email)).map((mail) => mail.text.match(CONFIRM_LINK)?.[0]).filter((link): link is string => Boolean(link))

const verifiedState = async (email: string) => {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true, showHiddenFields: true, depth: 0 })
  return (docs[0] as { _verified?: boolean } | undefined)?._verified
}

/** What a browser does with the page the link opens: submit its one form (hidden fields plus what the person types). */
const submitConfirmationPage = async (html: string, typed: Record<string, string>) => {
  const form = html.match(/<form\b[^>]*>[\s\S]*?<\/form>/)?.[0]
  if (!form) throw new Error(`the confirmation page has no form: ${html}`)
  expect(form).toMatch(/method="post"/)
  const action = form.match(/action="([^"]+)"/)![1]!
  const hidden = Object.fromEntries([...form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map(([, name, value]) => [name!, value!]))
  return call('POST', new URL(action, 'http://cms.test').toString(), { form: { ...hidden, ...typed }, headers: { origin: 'http://cms.test' } })
}

describe('issue 15, finding 9: nobody can take over an account by registering someone else’s address', () => {
  it('an attacker pre-registers the victim’s address with password A; the victim registers and confirms with B: B works, A never', async () => {
    const victim = 'ilse@bewoner.test'
    expect((await register(registration(victim, { name: 'Kaper', password: 'wachtwoord-van-de-kaper' }))).status).toBe(200)
    expect((await register(registration(victim, { password: 'wachtwoord-van-ilse' }))).status).toBe(200)
    const links = await linksTo(victim)
    expect(links).toHaveLength(2)

    // The victim's mail filter opens every link in both mails (a link scanner): nothing is confirmed.
    for (const link of links) await call('GET', link)
    expect(await login(victim, 'wachtwoord-van-de-kaper')).not.toBe(200)
    expect(await verifiedState(victim)).toBe(false)

    // The victim taps the button in their mail: the page asks for their password, and the button confirms.
    const page = await call('GET', links.at(-1)!)
    expect(page.status).toBe(200)
    const confirmed = await submitConfirmationPage(page.text, { password: 'wachtwoord-van-ilse' })
    expect(confirmed.status).toBe(303)
    expect(confirmed.location).toBe('http://delfshaven.localhost/account/klaar/')

    expect(await login(victim, 'wachtwoord-van-ilse')).toBe(200)
    expect(await login(victim, 'wachtwoord-van-de-kaper')).toBe(401)
    // The link is used up: a second post changes nothing.
    expect((await submitConfirmationPage(page.text, { password: 'wachtwoord-van-de-kaper' })).status).toBe(400)
    expect(await login(victim, 'wachtwoord-van-de-kaper')).toBe(401)
  })

  it('even the mail the attacker caused sets only the password the owner types on the page', async () => {
    const victim = 'noor@bewoner.test'
    await register(registration(victim, { name: 'Kaper', password: 'wachtwoord-van-de-kaper' }))
    const [link] = await linksTo(victim)
    const page = await call('GET', link!)
    expect((await submitConfirmationPage(page.text, { password: 'wachtwoord-van-noor' })).status).toBe(303)
    expect(await login(victim, 'wachtwoord-van-noor')).toBe(200)
    expect(await login(victim, 'wachtwoord-van-de-kaper')).toBe(401)
  })

  it('a GET on the confirmation link (a link scanner) confirms nothing; the page has a real button that works without JavaScript', async () => {
    const email = 'scanner@bewoner.test'
    await register(registration(email))
    const [link] = await linksTo(email)
    for (let i = 0; i < 3; i++) expect((await call('GET', link!)).status).toBe(200)
    expect(await verifiedState(email)).toBe(false)
    const page = (await call('GET', link!)).text
    expect(page).toMatch(/<html lang="nl"/)
    expect(page).toMatch(/<button type="submit"[^>]*>Bevestig mijn account<\/button>/)
    expect(page).not.toMatch(/<script/)
    // A post without the password (a scanner that submits forms blindly) is refused and confirms nothing.
    expect((await submitConfirmationPage(page, {})).status).toBe(400)
    const short = await submitConfirmationPage(page, { password: 'kort' })
    expect(short.status).toBe(400)
    expect(short.text).toContain('Kies een wachtwoord van minstens 10 tekens.')
    expect(await verifiedState(email)).toBe(false)
  })

  it('registering a confirmed, an unconfirmed and a new address answers identically and does the same work (one password hash, one mail)', async () => {
    await register(registration('half@bewoner.test'))
    const addresses = [world.users.writerA.email, 'half@bewoner.test', 'nieuw@bewoner.test']
    const pbkdf2 = vi.spyOn(crypto, 'pbkdf2')
    const answers = []
    for (const email of addresses) {
      const mailsBefore = (await mailsTo(email)).length
      pbkdf2.mockClear()
      const json = await register(registration(email, { password: 'wat-dan-ook-hier' }))
      const form = await call('POST', '/account/registreren', {
        form: { name: 'Ilse', email, wijk: 'delfshaven', role: 'resident', consent: 'on', website: '' },
        headers: { origin: 'http://delfshaven.localhost' },
      })
      answers.push({ json: [json.status, json.text], form: [form.status, form.location, form.text] })
      // Two registrations: two password hashes of Payload's strength and two mails, whoever owns the address.
      expect(
        pbkdf2.mock.calls.filter((args) => args[2] === 600_000),
        email,
      ).toHaveLength(2)
      expect((await mailsTo(email)).length - mailsBefore, email).toBe(2)
    }
    expect(answers[1]).toEqual(answers[0])
    expect(answers[2]).toEqual(answers[0])
    expect(answers[0]!.form[0]).toBe(303)
  })
})
