import { createPayloadRequest, type Endpoint, type Payload } from 'payload'
import { z } from 'zod'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { optionalText, requiredCheckbox, text } from '../../src/public/formFields'
import { type PublicContext, publicEndpoint } from '../../src/public/publicEndpoint'
import { startPayload } from '../helpers/payload'
import { buildWorld } from '../helpers/world'

let payload: Payload
const handled: unknown[] = []

const schema = z.object({
  name: text({ required: 'Vul je naam in.', max: 20 }),
  note: optionalText({ max: 50 }),
  consent: requiredCheckbox('Zet een vinkje om toestemming te geven.'),
})

const endpoint = (overrides: Partial<Parameters<typeof publicEndpoint<typeof schema>>[0]> = {}): Endpoint =>
  publicEndpoint({
    path: '/test-form',
    schema,
    rateLimit: { max: 100, windowMs: 60_000 },
    handle: async (input, context: PublicContext) => {
      handled.push(input)
      if (input.name === 'boom') throw new Error('a real fault')
      return { ok: true, message: 'Ontvangen.', siteUrl: context.origin?.kind === 'wijk' ? undefined : 'https://fallback.example/' }
    },
    ...overrides,
  })

const defaultEndpoint = () => shared
let shared: Endpoint

/** `type: null` lets fetch set the content type (multipart with its boundary). */
type Send = { body?: BodyInit; type?: string | null; headers?: Record<string, string>; to?: Endpoint }

const send = async ({ body, type = 'application/json', headers = {}, to = defaultEndpoint() }: Send) => {
  const request = new Request('http://cms.test/api/test-form', { method: 'POST', headers: { ...(type ? { 'content-type': type } : {}), ...headers }, body })
  const req = await createPayloadRequest({ config: payload.config, request })
  return to.handler(req)
}
const json = (value: unknown) => JSON.stringify(value)
const form = (value: Record<string, string>) => new URLSearchParams(value).toString()
const FORM = 'application/x-www-form-urlencoded'
const SITE = { origin: 'http://delfshaven.localhost:4321' }

beforeAll(async () => {
  payload = await startPayload()
  await buildWorld(payload)
  shared = endpoint()
})
afterAll(async () => {
  await payload?.destroy()
})

describe('publicEndpoint: the wrapper of every public write endpoint', () => {
  it('accepts valid JSON and answers { ok, message }', async () => {
    const response = await send({ body: json({ name: 'Fatima', consent: true }), headers: SITE })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ ok: true, message: 'Ontvangen.' })
    expect(handled.at(-1)).toEqual({ name: 'Fatima', consent: true })
  })

  it('a plain form post gets a 303 to the thank-you page of the site it came from', async () => {
    const response = await send({ body: form({ name: 'Fatima', consent: 'on', note: '' }), type: FORM, headers: SITE })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('http://delfshaven.localhost:4321/bedankt/')
    expect(handled.at(-1)).toEqual({ name: 'Fatima', consent: true })
  })

  it('multipart form data is read too', async () => {
    const data = new FormData()
    data.set('name', 'Sanne')
    data.set('consent', 'on')
    const response = await send({ body: data, type: null, headers: { ...SITE, accept: 'application/json' } })
    expect(response.status).toBe(200)
  })

  it('bad input: 400 with Dutch per-field messages, and the handler never runs', async () => {
    const before = handled.length
    const response = await send({ body: json({ name: '', note: 'x'.repeat(51), consent: false }) })
    expect(response.status).toBe(400)
    const body = await response.json()
    expect(body.ok).toBe(false)
    expect(body.errors).toEqual({
      name: 'Vul je naam in.',
      note: 'Gebruik hoogstens 50 tekens.',
      consent: 'Zet een vinkje om toestemming te geven.',
    })
    expect((await send({ body: json({ name: 12, consent: true }) })).status).toBe(400)
    expect(handled.length).toBe(before)
  })

  it('bad input from a form: a small Dutch page listing what to fix, with a way back', async () => {
    const response = await send({ body: form({ name: '' }), type: FORM, headers: { ...SITE, referer: 'http://delfshaven.localhost:4321/agenda/x/' } })
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toMatch(/text\/html/)
    const page = await response.text()
    expect(page).toContain('Vul je naam in.')
    expect(page).toContain('<a href="http://delfshaven.localhost:4321/agenda/x/">Ga terug</a>')
    expect(page).not.toMatch(/<script/i)
  })

  it('malformed JSON, a JSON array and an unknown content type are 4xx, never 5xx', async () => {
    expect((await send({ body: '{"name":' })).status).toBe(400)
    expect((await send({ body: '[1,2]' })).status).toBe(400)
    expect((await send({ body: 'name=x', type: 'text/plain' })).status).toBe(415)
    const body = await (await send({ body: 'null' })).json()
    expect(body.message).toMatch(/kon niet worden gelezen/)
  })

  it('a body over the limit is refused with 413 (also without a Content-Length)', async () => {
    const response = await send({ body: json({ name: 'x', consent: true, note: 'y'.repeat(25_000) }) })
    expect(response.status).toBe(413)
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 30; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(1_000)))
        controller.close()
      },
    })
    const request = new Request('http://cms.test/api/test-form', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit)
    expect((await shared.handler(await createPayloadRequest({ config: payload.config, request }))).status).toBe(413)
  })

  it('a filled-in honeypot is answered as accepted, but nothing is handled', async () => {
    const before = handled.length
    const response = await send({ body: form({ name: 'Bot', consent: 'on', website: 'http://spam.example' }), type: FORM, headers: SITE })
    expect(response.status).toBe(303)
    expect((await send({ body: json({ name: 'Bot', consent: true, website: 'x' }) })).status).toBe(200)
    expect(handled.length).toBe(before)
  })

  it('posts from another site are refused with 403; the wijk sites and the CMS itself are allowed', async () => {
    const valid = json({ name: 'Fatima', consent: true })
    const foreign = await send({ body: valid, headers: { origin: 'https://evil.example' } })
    expect(foreign.status).toBe(403)
    expect((await foreign.json()).message).toMatch(/website van de wijk/)
    expect((await send({ body: valid, headers: { origin: 'null' } })).status).toBe(403)
    expect((await send({ body: valid, headers: { referer: 'https://evil.example/page' } })).status).toBe(403)
    expect((await send({ body: valid, headers: { origin: 'http://kanaleneiland.localhost' } })).status).toBe(200)
    expect((await send({ body: valid, headers: { origin: 'http://cms.test' } })).status).toBe(200)
  })

  it('a new wijk is allowed within the origin cache time', async () => {
    await payload.create({ collection: 'wijken', data: { name: 'Nieuw', slug: 'nieuwwijk', domain: 'nieuwwijk.nl' }, overrideAccess: true })
    const started = Date.now()
    let status = 0
    while (Date.now() - started < 15_000) {
      status = (await send({ body: json({ name: 'A', consent: true }), headers: { origin: 'https://nieuwwijk.nl' } })).status
      if (status === 200) break
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect(status).toBe(200)
    expect((await send({ body: json({ name: 'A', consent: true }), headers: { origin: 'http://nieuwwijk.nl' } })).status).toBe(403)
  }, 30_000)

  it('limits posts per client (the address cms/server.ts puts in x-wijk-client-ip) with a Dutch 429', async () => {
    const limited = endpoint({ rateLimit: { max: 3, windowMs: 60_000 } })
    const post = (ip: string) =>
      send({ to: limited, body: json({ name: 'A', consent: true }), headers: { 'x-wijk-client-ip': ip, 'x-forwarded-for': '10.0.0.1' } })
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push((await post('192.0.2.1')).status)
    expect(statuses).toEqual([200, 200, 200, 429])
    const refused = await post('192.0.2.1')
    expect(refused.headers.get('retry-after')).toBe('60')
    expect((await refused.json()).message).toMatch(/te vaak/)
    expect((await post('192.0.2.2')).status).toBe(200)
  })

  it('a real fault in the handler is a Dutch 500 without details', async () => {
    const response = await send({ body: json({ name: 'boom', consent: true }) })
    expect(response.status).toBe(500)
    const body = await response.json()
    expect(body).toEqual({ ok: false, message: expect.stringMatching(/bij ons iets mis/) })
  })

  it('falls back to the site the handler names when the post has no wijk origin', async () => {
    const response = await send({ body: form({ name: 'Fatima', consent: 'on' }), type: FORM })
    expect(response.headers.get('location')).toBe('https://fallback.example/bedankt/')
  })
})
