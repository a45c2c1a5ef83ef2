/**
 * Every public write endpoint gets at least 500 malformed or hostile bodies through Payload's real
 * HTTP handler (handleEndpoints, as `next start` calls it): wrong types, huge strings, markup and
 * script, RTL/zero-width/emoji, missing fields, nested objects, arrays, null, wrong content types,
 * invalid JSON, prototype-pollution keys. Every answer must be a 4xx with a Dutch message and no
 * stack trace, and nothing may be stored. A new public endpoint is one more entry in ENDPOINTS.
 */
import { handleEndpoints, type CollectionSlug, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hashReactionToken } from '../../src/prikbord/reactionToken'
import { type FuzzTarget, hostileBodies } from '../helpers/hostileBodies'
import { startPayloadWorld } from '../helpers/payload'
import type { World } from '../helpers/world'

const CASES_PER_ENDPOINT = 500
const SEED = 20261123

let payload: Payload
let world: World

type PublicEndpoint = FuzzTarget & { path: string }

/** A published prikbord post of wijk A and a reaction to it with a known answer-link token (prikbord endpoints). */
let prikbord: { postId: number; reactionId: number }
const REACTION_TOKEN = 'F'.repeat(43)
const reactionLink = () => ({ reaction: String(prikbord.reactionId), token: REACTION_TOKEN })

const ENDPOINTS: PublicEndpoint[] = [
  {
    path: '/api/aanvragen',
    valid: () => ({
      kind: 'join',
      name: 'Fatima',
      email: 'fatima@example.nl',
      phone: '06 12345678',
      message: 'Ik doe graag mee.',
      organisation: world.orgA1.slug,
      wijk: 'delfshaven',
      consent: 'on',
    }),
    required: ['kind', 'name', 'email', 'message', 'wijk', 'consent'],
    maxLengths: { name: 120, message: 2000, email: 254 },
    strict: ['kind', 'email', 'wijk', 'consent', 'phone'],
  },
  {
    path: '/api/account/registreren',
    // No password: it is chosen on the confirmation page (issue 15, finding 9).
    valid: () => ({ name: 'Sanne de Vries', email: 'sanne@example.nl', wijk: 'delfshaven', role: 'resident', consent: 'on' }),
    required: ['name', 'email', 'wijk', 'role', 'consent'],
    maxLengths: { name: 120, email: 254 },
    strict: ['email', 'wijk', 'role', 'consent'],
  },
  {
    path: '/api/nieuwsbrief',
    valid: () => ({
      email: 'sanne@example.nl',
      name: 'Sanne',
      agenda: 'on',
      wijk: 'delfshaven',
      source: 'http://delfshaven.localhost/nieuwsbrief/',
      consent: 'on',
    }),
    required: ['email', 'wijk', 'consent'],
    maxLengths: { name: 120, email: 254, source: 500 },
    strict: ['email', 'wijk', 'consent'],
  },
  {
    path: '/api/prikbord/reageren',
    valid: () => ({
      post: String(prikbord.postId),
      wijk: 'delfshaven',
      name: 'Fatima',
      email: 'fatima@example.nl',
      message: 'Ik kan helpen.',
      consent: 'on',
    }),
    required: ['post', 'wijk', 'name', 'email', 'message', 'consent'],
    maxLengths: { name: 120, email: 254, message: 1000 },
    strict: ['post', 'wijk', 'email', 'consent'],
  },
  {
    path: '/api/prikbord/antwoorden',
    valid: () => ({ ...reactionLink(), answer: 'Graag, zaterdag?' }),
    required: ['reaction', 'token', 'answer'],
    maxLengths: { answer: 2000, token: 43 },
    strict: ['reaction', 'token'],
  },
  {
    path: '/api/prikbord/sluiten',
    valid: () => reactionLink(),
    required: ['reaction', 'token'],
    maxLengths: { reaction: 12, token: 43 },
    strict: ['reaction', 'token'],
  },
]

/** Everything a public endpoint could write: its documents and the mail jobs it queues. */
const STORED: string[] = ['requests', 'users', 'organisation-claims', 'organisations', 'newsletter-signups', 'post-reactions', 'payload-jobs']

const countStored = async () => {
  const counts: Record<string, number> = {}
  for (const collection of STORED) {
    if (!payload.collections[collection as CollectionSlug]) continue
    counts[collection] = (await payload.count({ collection: collection as CollectionSlug, overrideAccess: true })).totalDocs
  }
  return counts
}

let ipCounter = 0
/** A different client address now and then, so the per-IP limit does not answer every case with 429. */
const clientIp = () => `203.0.113.${Math.floor(ipCounter++ / 5) % 250}`

const send = async (path: string, contentType: string | null, body: BodyInit | null, extraHeaders: Record<string, string> = {}) => {
  const headers: Record<string, string> = { 'x-wijk-client-ip': clientIp(), ...extraHeaders }
  if (contentType) headers['content-type'] = contentType
  const request = new Request(`http://cms.test${path}`, { method: 'POST', headers, body })
  const response = await handleEndpoints({ config: payload.config, request })
  return { status: response.status, text: await response.text(), type: response.headers.get('content-type') ?? '' }
}

beforeAll(async () => {
  ;({ payload, world } = await startPayloadWorld())
  const post = await payload.create({
    collection: 'posts',
    data: {
      tenant: world.wijkA.id,
      kind: 'vraag',
      title: 'Wie helpt?',
      body: 'x',
      authorName: 'Anouk',
      author: world.users.writerA.id,
      editorialStatus: 'published',
      expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    } as never,
    overrideAccess: true,
  })
  const reaction = await payload.create({
    collection: 'post-reactions',
    data: {
      tenant: world.wijkA.id,
      post: post.id,
      name: 'Fatima',
      email: 'fatima@example.nl',
      message: 'Ik kan helpen.',
      consentAt: new Date().toISOString(),
      consentVersion: 'test',
      tokenHash: hashReactionToken(REACTION_TOKEN),
    } as never,
    overrideAccess: true,
  })
  prikbord = { postId: post.id, reactionId: reaction.id }
})
afterAll(async () => payload.destroy())

describe.each(ENDPOINTS)('$path', (endpoint) => {
  it('accepts its valid body (so the refusals below are about the fuzz, not a broken base)', async () => {
    const { status, text } = await send(endpoint.path, 'application/json', JSON.stringify(endpoint.valid()), { accept: 'application/json' })
    expect(status, text).toBe(200)
  })

  it(`answers ${CASES_PER_ENDPOINT} hostile bodies with a 4xx and a Dutch message, and stores nothing`, async () => {
    const before = await countStored()
    const cases = hostileBodies(endpoint, CASES_PER_ENDPOINT, SEED + endpoint.path.length)
    const wrong: string[] = []
    const statuses = new Map<number, number>()
    for (const [index, fuzz] of cases.entries()) {
      // Half ask for JSON, half are plain form posts (an HTML answer); some claim a foreign origin.
      const headers: Record<string, string> = index % 2 ? { accept: 'application/json' } : {}
      if (index % 17 === 0) headers.origin = 'https://evil.example'
      if (index % 19 === 0) headers.origin = 'http://delfshaven.localhost'
      const { status, text } = await send(endpoint.path, fuzz.contentType, fuzz.body, headers)
      statuses.set(status, (statuses.get(status) ?? 0) + 1)
      const problem =
        status < 400 || status > 499
          ? `status ${status}`
          : /\bat .+\.(ts|js):\d+|Error:|stack/i.test(text)
            ? 'stack trace in the answer'
            : !/[a-z]{3,}/i.test(text)
              ? 'no message'
              : null
      if (problem) wrong.push(`${fuzz.label}: ${problem} ${text.slice(0, 200)}`)
    }
    console.log(`[fuzz] ${endpoint.path}: ${[...statuses].map(([status, n]) => `${status}×${n}`).join(', ')}`)
    expect(wrong).toEqual([])
    expect(await countStored()).toEqual(before)
    // No pollution key reached a prototype.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
  })
})
