/**
 * Reacting to a prikbord post from the wijk site (issue 16, item 5), through Payload's real HTTP
 * handler (handleEndpoints, as `next start` calls it) and a real SMTP server on loopback: the poster
 * reads the responder's name and message but no address; the answer page's link answers once; only
 * then the responder gets the answer with Reply-To the poster, and the poster the responder's
 * address. Limits per sender, post and poster; closed, unpublished, expired and other wijken's posts,
 * forged origins, the honeypot and misused links store and send nothing. Privacy export and erasure.
 */
import { handleEndpoints, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runMailJobs } from '../../src/email/runMailJobs'
import { MAIL_TASK } from '../../src/jobs/queues'
import { LIMIT_MESSAGES } from '../../src/prikbord/reactionLimits'
import { runRetention } from '../../src/privacy/retention/runRetention'
import { type Actor, createActor } from '../helpers/actors'
import { startMailWorld, stopMailWorld } from '../helpers/mailWorld'
import { addressesOf, type LocalSmtp, type ReceivedMail } from '../helpers/smtpServer'
import type { World } from '../helpers/world'

let payload: Payload
let world: World
let smtp: LocalSmtp

beforeAll(async () => {
  ;({ smtp, payload, world } = await startMailWorld({ retryBaseMs: 200 }))
})
afterAll(() => stopMailWorld(payload, smtp))

const SITE_A = 'http://delfshaven.localhost:4321'
const SITE_B = 'http://kanaleneiland.localhost:4321'

let ipCounter = 0
/** Each request from its own client address, unless a test is about the per-client limit. */
const nextIp = () => `198.51.100.${ipCounter++ % 250}`

type Answer = { status: number; text: string; location: string | null; type: string }

const post = async (path: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Answer> => {
  const request = new Request(`http://cms.test/api${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: SITE_A, 'x-wijk-client-ip': nextIp(), ...headers },
    body: new URLSearchParams(fields).toString(),
  })
  const response = await handleEndpoints({ config: payload.config, request })
  return { status: response.status, text: await response.text(), location: response.headers.get('location'), type: response.headers.get('content-type') ?? '' }
}

const get = async (url: string): Promise<Answer> => {
  const response = await handleEndpoints({ config: payload.config, request: new Request(url, { method: 'GET' }) })
  return { status: response.status, text: await response.text(), location: response.headers.get('location'), type: response.headers.get('content-type') ?? '' }
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

/** A published prikbord post of `author` (a writer of wijk A unless said otherwise). */
const publishedPost = async (title: string, author: Actor, extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'posts',
    data: {
      tenant: world.wijkA.id,
      kind: 'vraag',
      title,
      body: 'Wie kan helpen?',
      authorName: 'Anouk',
      author: author.id,
      editorialStatus: 'published',
      expiresAt: inDays(20),
      ...extra,
    } as never,
    overrideAccess: true,
  })

const reaction = (postId: number | string, fields: Partial<Record<string, string>> = {}) => ({
  post: String(postId),
  wijk: 'delfshaven',
  name: 'Fatima de Vries',
  email: 'fatima@example.nl',
  message: 'Ik kan zaterdag helpen met de tuin.',
  consent: 'on',
  website: '',
  ...fields,
})

const reactionCount = async () => (await payload.count({ collection: 'post-reactions', overrideAccess: true })).totalDocs
const mailJobCount = async () =>
  (await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: MAIL_TASK } }, overrideAccess: true })).totalDocs

/** Everything a mail shows or carries besides its envelope, To and the platform's From: text, HTML, subject, Reply-To, Cc. */
const wholeMail = (mail: ReceivedMail) =>
  [
    mail.text ?? '',
    typeof mail.html === 'string' ? mail.html : '',
    mail.subject ?? '',
    JSON.stringify(mail.replyTo ?? null),
    JSON.stringify(mail.cc ?? null),
  ].join('\n')

const linkIn = (mail: ReceivedMail): string => {
  const match = /http:\/\/cms\.test\/api\/prikbord\/antwoord\/(\d+)\/([A-Za-z0-9_-]{43})/.exec(mail.text ?? '')
  expect(match, mail.text).not.toBeNull()
  return match![0]
}
const partsOf = (link: string) => {
  const [, id, token] = /antwoord\/(\d+)\/(.+)$/.exec(link)!
  return { reaction: id!, token: token! }
}

const mailTo = (address: string, subjectPart: string) =>
  smtp.waitForMail((mail) => mail.envelopeTo.includes(address.toLowerCase()) && (mail.subject ?? '').includes(subjectPart), 15_000)

let poster: Actor
beforeAll(async () => {
  poster = await createActor(payload, 'writer', [world.wijkA.id], { name: 'Anouk Bakker' })
})

describe('a reaction reaches the poster, and the answer reaches the responder', () => {
  it('relays name and message to the poster without either address, then the answer with Reply-To the poster', async () => {
    const tuin = await publishedPost('Wie helpt met mijn tuin?', poster)
    const sent = await post('/prikbord/reageren', reaction(tuin.id, { email: 'Fatima.Responder@Example.nl' }))
    expect(sent.status, sent.text).toBe(303)
    expect(sent.location).toBe(`${SITE_A}/bedankt/`)

    const stored = await payload.find({ collection: 'post-reactions', where: { post: { equals: tuin.id } }, overrideAccess: true })
    expect(stored.docs).toHaveLength(1)
    expect(stored.docs[0]!.email).toBe('fatima.responder@example.nl')
    expect(stored.docs[0]!.tenant).toMatchObject({ id: world.wijkA.id })
    expect(Date.parse(stored.docs[0]!.consentAt)).toBeGreaterThan(Date.now() - 60_000)
    expect(stored.docs[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/)

    const toPoster = await mailTo(poster.email, 'Wie helpt met mijn tuin?')
    expect(toPoster.subject).toBe('Reactie op je prikbordbericht: Wie helpt met mijn tuin?')
    expect(toPoster.text).toContain('Fatima de Vries')
    expect(toPoster.text).toContain('Ik kan zaterdag helpen met de tuin.')
    // No address of either side anywhere in the mail (the poster's own is only in its envelope and To).
    expect(wholeMail(toPoster).toLowerCase()).not.toContain('fatima.responder@example.nl')
    expect(wholeMail(toPoster).toLowerCase()).not.toContain(poster.email.toLowerCase())
    expect(wholeMail(toPoster)).not.toMatch(/[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}/i)
    expect(toPoster.replyTo).toBeUndefined()

    // The link opens the answer page: the reaction, the form, "Sluit mijn oproep"; still no address.
    const link = linkIn(toPoster)
    const page = await get(link)
    expect(page.status).toBe(200)
    expect(page.type).toContain('text/html')
    expect(page.text).toContain('Fatima de Vries')
    expect(page.text).toContain('Ik kan zaterdag helpen met de tuin.')
    expect(page.text).toContain('name="answer"')
    expect(page.text).toContain('Sluit mijn oproep')
    expect(page.text.toLowerCase()).not.toContain('fatima.responder@example.nl')
    expect(page.text.toLowerCase()).not.toContain(poster.email.toLowerCase())

    // The poster answers: 303 back to the page, which now says it was sent.
    const answered = await post('/prikbord/antwoorden', { ...partsOf(link), answer: 'Graag! Zaterdag om 10 uur?' }, { origin: 'http://cms.test' })
    expect(answered.status, answered.text).toBe(303)
    expect(answered.location).toBe(`${link}?klaar`)
    expect((await get(link)).text).toContain('Je antwoord is verstuurd')

    const toResponder = await mailTo('fatima.responder@example.nl', 'Antwoord op je reactie')
    expect(toResponder.text).toContain('Graag! Zaterdag om 10 uur?')
    expect(addressesOf(toResponder.replyTo)).toEqual([poster.email.toLowerCase()])
    const copy = await mailTo(poster.email, 'Je antwoord is verstuurd')
    expect(copy.text).toContain('fatima.responder@example.nl')
    expect(addressesOf(copy.replyTo)).toEqual(['fatima.responder@example.nl'])

    const after = await payload.findByID({ collection: 'post-reactions', id: stored.docs[0]!.id, overrideAccess: true })
    expect(after.answer).toBe('Graag! Zaterdag om 10 uur?')
    expect(after.answeredAt).toBeTruthy()
  })

  it('the answer link answers once: a used link, another reaction’s token and a guessed token send nothing', async () => {
    const fiets = await publishedPost('Fietspomp te leen?', poster)
    const other = await publishedPost('Wie past op mijn kat?', poster)
    expect((await post('/prikbord/reageren', reaction(fiets.id, { email: 'eerste@example.nl', name: 'Eerste' }))).status).toBe(303)
    expect((await post('/prikbord/reageren', reaction(other.id, { email: 'tweede@example.nl', name: 'Tweede' }))).status).toBe(303)
    const first = partsOf(linkIn(await mailTo(poster.email, 'Fietspomp te leen?')))
    const second = partsOf(linkIn(await mailTo(poster.email, 'Wie past op mijn kat?')))
    const cms = { origin: 'http://cms.test' }

    const jobsBefore = await mailJobCount()
    // Another post's token with this reaction, a guessed token, a malformed one: refused in Dutch.
    for (const token of [second.token, 'A'.repeat(43), 'kort']) {
      const refused = await post('/prikbord/antwoorden', { reaction: first.reaction, token, answer: 'Hallo' }, cms)
      expect(refused.status, token).toBe(400)
      expect(refused.text).toContain('Deze link werkt niet')
      expect((await get(`http://cms.test/api/prikbord/antwoord/${first.reaction}/${token}`)).status).toBe(400)
    }
    // The same token on the other reaction's id.
    expect((await post('/prikbord/sluiten', { reaction: second.reaction, token: first.token }, cms)).status).toBe(400)
    expect(await mailJobCount()).toBe(jobsBefore)
    for (const id of [first.reaction, second.reaction]) {
      expect((await payload.findByID({ collection: 'post-reactions', id, overrideAccess: true })).answeredAt ?? null).toBeNull()
    }
    expect((await payload.findByID({ collection: 'posts', id: other.id, overrideAccess: true })).closed).toBeFalsy()

    // Used once, then refused.
    expect((await post('/prikbord/antwoorden', { ...first, answer: 'Ja hoor.' }, cms)).status).toBe(303)
    const again = await post('/prikbord/antwoorden', { ...first, answer: 'Nog een keer.' }, cms)
    expect(again.status).toBe(409)
    expect(again.text).toContain('al beantwoord')
    await runMailJobs(payload)
    expect(smtp.messages.filter((mail) => (mail.text ?? '').includes('Nog een keer.'))).toEqual([])
    const answered = await payload.findByID({ collection: 'post-reactions', id: first.reaction, overrideAccess: true })
    expect(answered.answer).toBe('Ja hoor.')
  })

  it('"Sluit mijn oproep" closes the post; a reaction to it is refused afterwards', async () => {
    const ladder = await publishedPost('Ladder nodig', poster)
    expect((await post('/prikbord/reageren', reaction(ladder.id, { email: 'ladder@example.nl' }))).status).toBe(303)
    const link = linkIn(await mailTo(poster.email, 'Ladder nodig'))
    const closed = await post('/prikbord/sluiten', partsOf(link), { origin: 'http://cms.test' })
    expect(closed.status, closed.text).toBe(303)
    expect(closed.location).toBe(`${link}?klaar`)
    expect((await payload.findByID({ collection: 'posts', id: ladder.id, overrideAccess: true })).closed).toBe(true)
    expect((await get(link)).text).toContain('Je oproep is gesloten')

    const before = await reactionCount()
    const late = await post('/prikbord/reageren', reaction(ladder.id, { email: 'laat@example.nl' }))
    expect(late.status).toBe(404)
    expect(late.text).toContain('kun je niet meer reageren')
    expect(await reactionCount()).toBe(before)
  })
})

describe('refused reactions store and send nothing', () => {
  const expectNothingStored = async (answer: Answer, status: number, message: RegExp) => {
    expect(answer.status, answer.text).toBe(status)
    expect(answer.text).toMatch(message)
  }

  it('an unpublished, expired or closed post, another wijk’s post, a forged origin, the honeypot', async () => {
    const submitted = await publishedPost('Nog niet geplaatst', poster, { editorialStatus: 'submitted' })
    const expired = await publishedPost('Verlopen', poster, { expiresAt: inDays(-1) })
    const closed = await publishedPost('Gesloten', poster, { closed: true })
    const open = await publishedPost('Open vraag', poster)
    const inB = await payload.create({
      collection: 'posts',
      data: {
        tenant: world.wijkB.id,
        kind: 'vraag',
        title: 'Kanaleneiland vraagt',
        body: 'x',
        authorName: 'B',
        author: world.users.editorB.id,
        editorialStatus: 'published',
        expiresAt: inDays(10),
      } as never,
      overrideAccess: true,
    })
    const reactionsBefore = await reactionCount()
    const jobsBefore = await mailJobCount()

    for (const target of [submitted, expired, closed]) {
      await expectNothingStored(await post('/prikbord/reageren', reaction(target.id)), 404, /kun je niet meer reageren/)
    }
    // From wijk A's site, about wijk B's post: as wijk A's (not found there) or as wijk B's (wrong site).
    await expectNothingStored(await post('/prikbord/reageren', reaction(inB.id)), 404, /kun je niet meer reageren/)
    await expectNothingStored(await post('/prikbord/reageren', reaction(inB.id, { wijk: 'kanaleneiland' })), 403, /vanaf de website van de wijk/)
    await expectNothingStored(await post('/prikbord/reageren', reaction(open.id, { wijk: 'kanaleneiland' }), { origin: SITE_B }), 404, /niet meer reageren/)
    // Forged origins.
    await expectNothingStored(await post('/prikbord/reageren', reaction(open.id), { origin: 'https://evil.example' }), 403, /vanaf de website van de wijk/)
    await expectNothingStored(
      await post('/prikbord/antwoorden', { reaction: '1', token: 'A'.repeat(43), answer: 'x' }, { origin: 'https://evil.example' }),
      403,
      /website/,
    )
    await expectNothingStored(await post('/prikbord/sluiten', { reaction: '1', token: 'A'.repeat(43) }, { origin: 'https://evil.example' }), 403, /website/)
    // Missing consent, an address as name.
    await expectNothingStored(await post('/prikbord/reageren', reaction(open.id, { consent: '' })), 400, /toestemming/)
    await expectNothingStored(await post('/prikbord/reageren', reaction(open.id, { name: 'fatima@example.nl' })), 400, /zonder e-mailadres/)
    // The honeypot: answered as accepted, nothing stored.
    const bot = await post('/prikbord/reageren', reaction(open.id, { website: 'https://spam.example' }))
    expect(bot.status).toBe(303)

    expect(await reactionCount()).toBe(reactionsBefore)
    expect(await mailJobCount()).toBe(jobsBefore)
  })
})

describe('limits', () => {
  it('per sender address: the sixth reaction of a day gets 429 in Dutch and is not stored', async () => {
    const someone = await createActor(payload, 'writer', [world.wijkA.id])
    const posts = await Promise.all([1, 2, 3].map((n) => publishedPost(`Afzender ${n}`, someone)))
    for (let i = 0; i < 5; i++) expect((await post('/prikbord/reageren', reaction(posts[i % 3]!.id, { email: 'veel@example.nl' }))).status).toBe(303)
    const before = await reactionCount()
    const sixth = await post('/prikbord/reageren', reaction(posts[0]!.id, { email: 'VEEL@example.nl' }))
    expect(sixth.status).toBe(429)
    expect(sixth.text).toContain(LIMIT_MESSAGES.sender)
    expect(await reactionCount()).toBe(before)
  })

  it('per post: the eleventh reaction of a day to one post gets 429; another post still works', async () => {
    const someone = await createActor(payload, 'writer', [world.wijkA.id])
    const popular = await publishedPost('Gratis bank', someone)
    for (let i = 0; i < 10; i++) expect((await post('/prikbord/reageren', reaction(popular.id, { email: `buur${i}@example.nl` }))).status).toBe(303)
    const eleventh = await post('/prikbord/reageren', reaction(popular.id, { email: 'buur10@example.nl' }))
    expect(eleventh.status).toBe(429)
    expect(eleventh.text).toContain(LIMIT_MESSAGES.post)
    const quiet = await publishedPost('Gratis stoel', someone)
    expect((await post('/prikbord/reageren', reaction(quiet.id, { email: 'buur10@example.nl' }))).status).toBe(303)
  })

  it('per poster: at most 20 relayed reactions a day over all their posts', async () => {
    const someone = await createActor(payload, 'writer', [world.wijkA.id])
    const posts = await Promise.all([1, 2, 3].map((n) => publishedPost(`Poster ${n}`, someone)))
    for (let i = 0; i < 20; i++) expect((await post('/prikbord/reageren', reaction(posts[i % 3]!.id, { email: `p${i}@example.nl` }))).status).toBe(303)
    const over = await post('/prikbord/reageren', reaction(posts[2]!.id, { email: 'p20@example.nl' }))
    expect(over.status).toBe(429)
    expect(over.text).toContain(LIMIT_MESSAGES.poster)
  })

  it('per client: the eleventh reaction within an hour from one address gets 429 with Retry-After', async () => {
    const someone = await createActor(payload, 'writer', [world.wijkA.id])
    const target = await publishedPost('Client', someone)
    const ip = { 'x-wijk-client-ip': '192.0.2.77' }
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) statuses.push((await post('/prikbord/reageren', reaction(target.id, { email: `c${i}@example.nl` }), ip)).status)
    expect(statuses).toEqual([...Array(10).fill(303), 429])
  })
})

describe('privacy', () => {
  const tokenOf = async (email: string) => (await payload.login({ collection: 'users', data: { email, password: 'correct-horse-battery' } })).token!
  const privacy = async (method: 'GET' | 'DELETE', address: string, as: Actor) => {
    const request = new Request(`http://cms.test/api/privacy/${encodeURIComponent(address)}`, {
      method,
      headers: { Authorization: `JWT ${await tokenOf(as.email)}` },
    })
    const response = await handleEndpoints({ config: payload.config, request })
    return { status: response.status, body: (await response.json()) as Record<string, any> }
  }

  it('export and erasure cover reactions sent by the address and those to the poster’s posts', async () => {
    const writer = await createActor(payload, 'writer', [world.wijkA.id], { email: 'poster-privacy@example.nl' })
    const own = await publishedPost('Privacy vraag', writer)
    expect((await post('/prikbord/reageren', reaction(own.id, { email: 'responder-privacy@example.nl', name: 'Ria' }))).status).toBe(303)

    const sent = await privacy('GET', 'responder-privacy@example.nl', world.users.editorA)
    expect(sent.status).toBe(200)
    expect(sent.body.postReactions).toHaveLength(1)
    expect(sent.body.postReactions[0]).toMatchObject({ name: 'Ria', email: 'responder-privacy@example.nl' })
    expect(sent.body.postReactions[0].tokenHash).toBeUndefined()
    // Another wijk's editor sees nothing of it.
    expect((await privacy('GET', 'responder-privacy@example.nl', world.users.editorB)).body.postReactions).toEqual([])

    const received = await privacy('GET', 'poster-privacy@example.nl', world.users.editorA)
    expect(received.body.postReactionsReceived).toHaveLength(1)
    expect(received.body.postReactionsReceived[0].name).toBe('Ria')
    expect(received.body.postReactionsReceived[0].email).toBeUndefined()

    const erased = await privacy('DELETE', 'responder-privacy@example.nl', world.users.editorA)
    expect(erased.status).toBe(200)
    expect(erased.body.deleted['post-reactions']).toBe(1)
    expect(await payload.count({ collection: 'post-reactions', where: { email: { equals: 'responder-privacy@example.nl' } }, overrideAccess: true })).toEqual({
      totalDocs: 0,
    })

    // The poster's erasure removes reactions to their posts too.
    expect((await post('/prikbord/reageren', reaction(own.id, { email: 'nog-een@example.nl', name: 'Kees' }))).status).toBe(303)
    const posterErased = await privacy('DELETE', 'poster-privacy@example.nl', world.users.editorA)
    expect(posterErased.body.deleted['post-reactions']).toBe(1)
    expect(await payload.count({ collection: 'post-reactions', where: { post: { equals: own.id } }, overrideAccess: true })).toEqual({ totalDocs: 0 })
  })

  it('retention removes reactions older than REACTIONS_RETENTION_DAYS and keeps younger ones', async () => {
    const writer = await createActor(payload, 'writer', [world.wijkA.id])
    const target = await publishedPost('Retentie', writer)
    expect((await post('/prikbord/reageren', reaction(target.id, { email: 'oud@example.nl' }))).status).toBe(303)
    expect((await post('/prikbord/reageren', reaction(target.id, { email: 'jong@example.nl' }))).status).toBe(303)
    const find = async (email: string) =>
      (await payload.find({ collection: 'post-reactions', where: { email: { equals: email } }, overrideAccess: true })).docs[0]!
    const old = await find('oud@example.nl')
    const young = await find('jong@example.nl')
    const age = (id: number, days: number) =>
      payload.db.updateOne({ collection: 'post-reactions', id, data: { createdAt: new Date(Date.now() - days * 86_400_000).toISOString() } })
    await age(old.id, 91)
    await age(young.id, 89)
    const result = await runRetention(payload)
    expect(result!.reactions).toBeGreaterThanOrEqual(1)
    expect(await payload.findByID({ collection: 'post-reactions', id: old.id, overrideAccess: true, disableErrors: true })).toBeNull()
    expect(await payload.findByID({ collection: 'post-reactions', id: young.id, overrideAccess: true, disableErrors: true })).not.toBeNull()
  })
})

describe('who reads reactions (Mijn buurt: /mijn/reacties/)', () => {
  it('the poster reads those to their own posts, the address only once answered; other residents and wijken nothing', async () => {
    const owner = await createActor(payload, 'writer', [world.wijkA.id])
    const own = await publishedPost('Wie leent mij een boormachine?', owner)
    expect((await post('/prikbord/reageren', reaction(own.id, { email: 'boor@example.nl', name: 'Ria' }))).status).toBe(303)
    expect((await post('/prikbord/reageren', reaction(own.id, { email: 'boor2@example.nl', name: 'Kees' }))).status).toBe(303)
    const asUser = (user: Actor) => ({ user, overrideAccess: false as const, depth: 0 })
    const mine = await payload.find({ collection: 'post-reactions', where: { post: { equals: own.id } }, sort: 'createdAt', ...asUser(owner) })
    expect(mine.docs.map((doc) => doc.name)).toEqual(['Ria', 'Kees'])
    expect(mine.docs.map((doc) => doc.email)).toEqual([undefined, undefined])
    // No token hash; the mail log (it names both addresses) comes back without its rows.
    expect(mine.docs.map((doc) => [doc.tokenHash, doc.mailLog ?? []])).toEqual([
      [undefined, []],
      [undefined, []],
    ])

    // Ria's reaction answered through its link: now the poster reads her address, not Kees's.
    const link = partsOf(
      linkIn(await smtp.waitForMail((mail) => (mail.text ?? '').includes('Ria reageerde') && (mail.subject ?? '').includes('boormachine'), 15_000)),
    )
    expect((await post('/prikbord/antwoorden', { ...link, answer: 'Ja hoor.' }, { origin: 'http://cms.test' })).status).toBe(303)
    const after = await payload.find({ collection: 'post-reactions', where: { post: { equals: own.id } }, sort: 'createdAt', ...asUser(owner) })
    expect(after.docs.map((doc) => doc.email)).toEqual(['boor@example.nl', undefined])

    // Another resident of the wijk, and wijk B's redactie: nothing. Wijk A's redactie: all, with addresses.
    expect((await payload.find({ collection: 'post-reactions', where: { post: { equals: own.id } }, ...asUser(world.users.otherWriterA) })).docs).toEqual([])
    expect((await payload.find({ collection: 'post-reactions', where: { post: { equals: own.id } }, ...asUser(world.users.editorB) })).docs).toEqual([])
    const redactie = await payload.find({
      collection: 'post-reactions',
      where: { post: { equals: own.id } },
      sort: 'createdAt',
      ...asUser(world.users.editorA),
    })
    expect(redactie.docs.map((doc) => doc.email)).toEqual(['boor@example.nl', 'boor2@example.nl'])
    // Nobody but the endpoints writes them.
    await expect(payload.update({ collection: 'post-reactions', id: mine.docs[1]!.id, data: { answer: 'x' }, ...asUser(owner) })).rejects.toMatchObject({
      status: 403,
    })
  })
})
