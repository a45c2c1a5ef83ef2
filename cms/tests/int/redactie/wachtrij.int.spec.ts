/**
 * The redactie's queue: what waits, oldest first, and the decisions from it through the real REST
 * handler (POST /api/redactie/besluit) with a real login, their mails on a real SMTP server on
 * loopback; and the attacks on that endpoint: no login, a writer, a partner, the editor of another
 * wijk, a foreign origin, hostile bodies. Each attack leaves the item waiting.
 */
import { handleEndpoints, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { waitedInWords } from '../../../src/redactie/reviewKinds'
import { waitingItems } from '../../../src/redactie/waitingItems'
import { richText } from '../../../src/seed/richText'
import type { Actor } from '../../helpers/actors'
import { hostileBodies } from '../../helpers/hostileBodies'
import { startMailWorld, stopMailWorld } from '../../helpers/mailWorld'
import { TEST_PASSWORD } from '../../helpers/restApi'
import type { LocalSmtp } from '../../helpers/smtpServer'
import type { World } from '../../helpers/world'

let payload: Payload
let world: World
let smtp: LocalSmtp
const DAY = 86_400_000
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString()
const ids: { article: number; event: number; organisation: number; post: number } = { article: 0, event: 0, organisation: 0, post: 0 }

beforeAll(async () => {
  ;({ smtp, payload, world } = await startMailWorld({ retryBaseMs: 200 }))
  ids.post = world.postOfOtherWriterA.id
  const article = await payload.create({
    collection: 'articles',
    data: { tenant: world.wijkA.id, title: 'Oud stuk', lead: 'L.', body: richText(['T.']), authorName: 'Anouk', editorialStatus: 'submitted' } as never,
    user: world.users.writerA,
    overrideAccess: false,
    context: { reviewNow: ago(5) },
  })
  ids.article = article.id
  const event = await payload.create({
    collection: 'events',
    data: {
      tenant: world.wijkA.id,
      title: 'Koffieochtend',
      summary: 'S.',
      category: 'ontmoeting',
      organisation: world.orgA1.id,
      startsAt: '2027-02-01T09:00:00.000Z',
    } as never,
    user: world.users.partnerA,
    overrideAccess: false,
    context: { submitForReview: true, reviewNow: ago(2) },
  })
  ids.event = event.id
  await payload.update({
    collection: 'organisations',
    id: world.orgA1.id,
    data: { summary: 'Nieuwe tekst van de partner.' },
    user: world.users.partnerA,
    overrideAccess: false,
    context: { submitForReview: true, reviewNow: ago(1) },
  })
  ids.organisation = world.orgA1.id
})
afterAll(() => stopMailWorld(payload, smtp))

const tokens = new Map<string, string>()
const tokenOf = async (actor: Actor) => {
  if (!tokens.has(actor.email))
    tokens.set(actor.email, (await payload.login({ collection: 'users', data: { email: actor.email, password: TEST_PASSWORD } })).token!)
  return tokens.get(actor.email)!
}

type Send = { as?: Actor; body: BodyInit | null; contentType?: string | null; headers?: Record<string, string> }
const send = async ({ as, body, contentType = 'application/json', headers = {} }: Send) => {
  const all: Record<string, string> = { accept: 'application/json', origin: 'http://cms.test', ...headers }
  if (as) all.authorization = `JWT ${await tokenOf(as)}`
  if (contentType) all['content-type'] = contentType
  const response = await handleEndpoints({
    config: payload.config,
    request: new Request('http://cms.test/api/redactie/besluit', { method: 'POST', headers: all, body }),
  })
  const text = await response.text()
  return {
    status: response.status,
    text,
    headers: response.headers,
    json: (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : null,
  }
}
const decideAs = (as: Actor | undefined, fields: Record<string, unknown>, headers: Record<string, string> = {}) =>
  send({ as, body: JSON.stringify(fields), headers })

const waitingIn = async (wijkIds: number[], user: Actor = world.users.editorA) => waitingItems(payload, { wijkIds, user })
const stillWaiting = async (collection: 'articles' | 'posts' | 'events' | 'organisations', id: number) =>
  (await waitingIn([world.wijkA.id], world.users.admin)).some((item) => item.collection === collection && item.id === id)

describe('what waits', () => {
  it('oldest first, with kind, title and who, only in the editor’s own wijken', async () => {
    const items = await waitingIn([world.wijkA.id, world.wijkB.id])
    expect(items.map((item) => [item.collection, item.title])).toEqual([
      ['articles', 'Oud stuk'],
      ['events', 'Koffieochtend'],
      ['organisations', 'Buurthuis De Kabel'],
      ['posts', 'Hulp gezocht'],
    ])
    expect(items[0]!.who).toBe('Anouk')
    expect(items[1]!.who).toBe(`${world.users.partnerA.name}, Buurthuis De Kabel`)
    expect(items.every((item) => item.wijkName === 'Delfshaven')).toBe(true)
    // The admin sees both wijken.
    expect((await waitingIn([world.wijkA.id, world.wijkB.id], world.users.admin)).map((item) => item.title)).toContain('Kanaleneiland zoekt')
  })

  it('how long in words', () => {
    const now = new Date('2026-12-10T12:00:00Z')
    expect(waitedInWords('2026-12-10T11:30:00Z', now)).toBe('wacht net')
    expect(waitedInWords('2026-12-10T07:00:00Z', now)).toBe('wacht 5 uur')
    expect(waitedInWords('2026-12-09T11:00:00Z', now)).toBe('wacht 1 dag')
    expect(waitedInWords('2026-12-07T12:00:00Z', now)).toBe('wacht 3 dagen')
  })
})

describe('attacks on POST /api/redactie/besluit: refused, the item still waits', () => {
  const ask = { collection: 'articles', decision: 'reject', message: 'Nee.' }

  it('without a login: 401', async () => {
    const answer = await decideAs(undefined, { ...ask, id: ids.article })
    expect(answer.status).toBe(401)
    expect(answer.json.message).toBe('Log eerst in bij het beheer.')
    expect(await stillWaiting('articles', ids.article)).toBe(true)
  })

  it('a writer, even the author, and a partner on its own activity: 403', async () => {
    for (const [actor, collection, id] of [
      [world.users.writerA, 'articles', ids.article],
      [world.users.partnerA, 'events', ids.event],
      [world.users.partnerA, 'organisations', ids.organisation],
    ] as const) {
      const answer = await decideAs(actor, { collection, id, decision: 'approve' })
      expect(answer.status, answer.text).toBe(403)
      expect(answer.json.message).toBe('Alleen de redactie kan hierover beslissen.')
      expect(await stillWaiting(collection, id)).toBe(true)
    }
  })

  it('the editor of another wijk: not found', async () => {
    for (const [collection, id] of [
      ['articles', ids.article],
      ['events', ids.event],
      ['organisations', ids.organisation],
      ['posts', ids.post],
    ] as const) {
      const answer = await decideAs(world.users.editorB, { collection, id, decision: 'approve' })
      expect(answer.status, answer.text).toBe(404)
      expect(await stillWaiting(collection, id)).toBe(true)
    }
  })

  it('a foreign origin or a wijk site’s origin, with a valid editor login: 403', async () => {
    for (const origin of ['https://evil.example', 'http://delfshaven.localhost']) {
      const answer = await decideAs(world.users.editorA, { ...ask, id: ids.article }, { origin })
      expect(answer.status).toBe(403)
      expect(answer.json.message).toBe('Dit kan alleen vanuit het beheer van het wijkplatform.')
    }
    const referer = await decideAs(world.users.editorA, { ...ask, id: ids.article }, { origin: '', referer: 'https://evil.example/wachtrij' })
    expect(referer.status).toBe(403)
    expect(await stillWaiting('articles', ids.article)).toBe(true)
  })

  it('hostile and forged bodies from an editor: 4xx with a Dutch message', async () => {
    const forged = [
      { collection: 'users', id: world.users.editorA.id, decision: 'approve' },
      { collection: 'articles', id: ids.article, decision: 'publish' },
      { collection: 'articles', id: `${ids.article} OR 1=1`, decision: 'approve' },
      { collection: 'articles', id: { $gt: 0 }, decision: 'approve' },
      { collection: 'articles', id: ids.article, decision: 'changes' },
      { collection: 'articles', id: ids.article, decision: 'reject', message: '   ' },
    ]
    for (const body of forged) {
      const answer = await decideAs(world.users.editorA, body)
      expect(answer.status, JSON.stringify(body)).toBe(400)
      expect(answer.json.message).toBe('Niet alles is goed ingevuld. Kijk de punten hieronder na.')
    }
    const cases = hostileBodies(
      {
        valid: () => ({ collection: 'articles', id: String(ids.article), decision: 'reject', message: 'Geen reclame.' }),
        required: ['collection', 'id', 'decision'],
        maxLengths: { message: 2000 },
        strict: ['collection', 'id', 'decision'],
      },
      30,
      16,
    )
    for (const fuzz of cases) {
      const answer = await send({ as: world.users.editorA, body: fuzz.body, contentType: fuzz.contentType })
      expect(answer.status >= 400 && answer.status < 500, `${fuzz.label}: ${answer.status}`).toBe(true)
      expect(answer.text).toMatch(/[a-z]/)
    }
    expect(await stillWaiting('articles', ids.article)).toBe(true)
  })
})

describe('deciding from the queue', () => {
  const mailTo = (actor: Actor, subject: string) =>
    smtp.waitForMail((m) => m.envelopeTo.includes(actor.email.toLowerCase()) && (m.subject ?? '') === subject, 10_000)

  it('ask for changes on an article: today’s workflow and its mail to the writer', async () => {
    const answer = await decideAs(world.users.editorA, { collection: 'articles', id: ids.article, decision: 'changes', message: 'Wanneer was het?' })
    expect(answer.status, answer.text).toBe(200)
    const article = await payload.findByID({ collection: 'articles', id: ids.article, draft: true, overrideAccess: true })
    expect(article.editorialStatus).toBe('changes-requested')
    expect(article.editorComment).toBe('Wanneer was het?')
    expect(article.decidedAt).toBeTruthy()
    expect((await mailTo(world.users.writerA, 'Graag aanpassen: Oud stuk')).text).toContain('Wanneer was het?')
    // Decided: no longer waiting, and a second decision is refused.
    expect(await stillWaiting('articles', ids.article)).toBe(false)
    const again = await decideAs(world.users.editorA, { collection: 'articles', id: ids.article, decision: 'approve' })
    expect(again.status).toBe(409)
  })

  it('approve an article: published on the site, the writer is told', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { tenant: world.wijkA.id, title: 'Goed stuk', lead: 'L.', body: richText(['T.']), authorName: 'Anouk', editorialStatus: 'submitted' } as never,
      user: world.users.writerA,
      overrideAccess: false,
    })
    const answer = await decideAs(world.users.editorA, { collection: 'articles', id: article.id, decision: 'approve' })
    expect(answer.status, answer.text).toBe(200)
    const published = await payload.findByID({ collection: 'articles', id: article.id, overrideAccess: true })
    expect(published._status).toBe('published')
    expect(published.editorialStatus).toBe('published')
    expect(published.publishedAt).toBeTruthy()
    expect(await mailTo(world.users.writerA, 'Geplaatst: Goed stuk')).toBeTruthy()
  })

  it('reject a post with the reason, as a plain form post: 303 back to the Wachtrij', async () => {
    const answer = await send({
      as: world.users.editorA,
      body: new URLSearchParams({ collection: 'posts', id: String(ids.post), decision: 'reject', message: 'Dit hoort niet op het prikbord.' }).toString(),
      contentType: 'application/x-www-form-urlencoded',
      headers: { accept: 'text/html' },
    })
    expect(answer.status, answer.text).toBe(303)
    expect(answer.headers.get('location')).toBe('/admin/wachtrij?besluit=reject&titel=Hulp%20gezocht')
    const post = await payload.findByID({ collection: 'posts', id: ids.post, overrideAccess: true })
    expect(post.editorialStatus).toBe('rejected')
    expect(post.rejectionReason).toBe('Dit hoort niet op het prikbord.')
    expect((await mailTo(world.users.otherWriterA, 'Niet geplaatst: Hulp gezocht')).text).toContain('Dit hoort niet op het prikbord.')
  })

  it('a form post without a reason: a Dutch page that says what to do', async () => {
    const event = await payload.findByID({ collection: 'events', id: ids.event, draft: true, overrideAccess: true })
    expect(event.submittedAt).toBeTruthy()
    const answer = await send({
      as: world.users.editorA,
      body: new URLSearchParams({ collection: 'events', id: String(ids.event), decision: 'reject', message: '' }).toString(),
      contentType: 'application/x-www-form-urlencoded',
      headers: { accept: 'text/html' },
    })
    expect(answer.status).toBe(400)
    expect(answer.text).toContain('Schrijf kort waarom het niet geplaatst wordt.')
    expect(answer.text).toContain('http://cms.test/admin/wachtrij')
  })

  it('approve an activity: the draft is published and the partner is mailed', async () => {
    const answer = await decideAs(world.users.editorA, { collection: 'events', id: ids.event, decision: 'approve' })
    expect(answer.status, answer.text).toBe(200)
    const event = await payload.findByID({ collection: 'events', id: ids.event, overrideAccess: true })
    expect(event._status).toBe('published')
    expect(event.submittedAt ?? null).toBeNull()
    expect(event.decidedAt).toBeTruthy()
    expect((await mailTo(world.users.partnerA, 'Geplaatst: Koffieochtend')).text).toContain('je activiteit "Koffieochtend" geplaatst')
  })

  it('ask for changes on an organisation: the published entry stays as it was, the draft leaves the queue, the partner reads the comment', async () => {
    const answer = await decideAs(world.users.editorA, {
      collection: 'organisations',
      id: ids.organisation,
      decision: 'changes',
      message: 'Zet er de openingstijden bij.',
    })
    expect(answer.status, answer.text).toBe(200)
    const published = await payload.findByID({ collection: 'organisations', id: ids.organisation, overrideAccess: true })
    expect(published.summary).toBe('Buurthuis De Kabel in de wijk.')
    const draft = await payload.findByID({ collection: 'organisations', id: ids.organisation, draft: true, overrideAccess: true })
    expect(draft.summary).toBe('Nieuwe tekst van de partner.')
    expect(draft.submittedAt ?? null).toBeNull()
    expect(draft.decidedAt).toBeTruthy()
    const mail = await mailTo(world.users.partnerA, 'Graag aanpassen: Buurthuis De Kabel')
    expect(mail.text).toContain('Zet er de openingstijden bij.')
    expect(mail.text).toContain('http://delfshaven.localhost/mijn/organisatie/')
    expect(await waitingIn([world.wijkA.id])).toEqual([])
  })
})
