/**
 * AVG: an editor exports or erases everything stored about one e-mail address, through Payload's
 * REST handler with real login tokens (GET/DELETE /api/privacy/:email).
 */
import { handleEndpoints, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ANONYMOUS_AUTHOR } from '../../src/privacy/erasePersonalData'
import { richText } from '../../src/seed/richText'
import { type Actor, createActor } from '../helpers/actors'
import { startPayloadWorld } from '../helpers/payload'
import type { World } from '../helpers/world'

let payload: Payload
let world: World

beforeAll(async () => ({ payload, world } = await startPayloadWorld()))
afterAll(async () => payload.destroy())

const tokenOf = async (email: string) => (await payload.login({ collection: 'users', data: { email, password: 'correct-horse-battery' } })).token!

const privacy = async (method: 'GET' | 'DELETE', address: string, as?: Actor) => {
  const headers: Record<string, string> = as ? { Authorization: `JWT ${await tokenOf(as.email)}` } : {}
  const request = new Request(`http://cms.test/api/privacy/${encodeURIComponent(address)}`, { method, headers })
  const response = await handleEndpoints({ config: payload.config, request })
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> }
}

/** A resident of wijk A with an account, an aanvraag, a published and a draft article and a published post. */
const residentWithEverything = async (address: string) => {
  const resident = await createActor(payload, 'writer', [world.wijkA.id], { email: address, name: 'Yusuf Demir' })
  const create = (collection: 'articles' | 'posts' | 'requests', data: Record<string, unknown>) =>
    payload.create({ collection, data: { tenant: world.wijkA.id, ...data } as never, overrideAccess: true })
  const publishedArticle = await create('articles', {
    title: `Mijn buurt ${address}`,
    lead: 'x',
    body: richText(['x']),
    authorName: 'Yusuf',
    author: resident.id,
    editorialStatus: 'published',
  })
  const draftArticle = await create('articles', { title: `Concept ${address}`, lead: 'x', body: richText(['x']), authorName: 'Yusuf', author: resident.id })
  const post = await create('posts', {
    kind: 'aanbod',
    title: 'Boeken weg te geven',
    body: 'Een doos boeken.',
    authorName: 'Yusuf',
    author: resident.id,
    editorialStatus: 'published',
  })
  const request = await create('requests', {
    kind: 'volunteer',
    name: 'Yusuf Demir',
    email: address,
    organisation: world.orgA1.id,
    consentAt: new Date().toISOString(),
  })
  return { resident, publishedArticle, draftArticle, post, request }
}

const exists = async (collection: 'users' | 'articles' | 'posts' | 'requests', id: number) =>
  Boolean(await payload.findByID({ collection, id, overrideAccess: true, disableErrors: true, depth: 0 }))

describe('who may use /api/privacy/:email', () => {
  it('anonymous 401, writer and partner 403, bad addresses 400, all in Dutch', async () => {
    expect((await privacy('GET', 'fatima@example.nl')).status).toBe(401)
    expect((await privacy('DELETE', 'fatima@example.nl')).status).toBe(401)
    for (const actor of [world.users.writerA, world.users.partnerA]) {
      const { status, body } = await privacy('GET', 'fatima@example.nl', actor)
      expect(status).toBe(403)
      expect(body.message).toMatch(/Alleen de redactie/)
      expect((await privacy('DELETE', 'fatima@example.nl', actor)).status).toBe(403)
    }
    for (const bad of ['geen-adres', 'a@', `${'x'.repeat(300)}@example.nl`, '%E0%A4%A']) {
      const { status, body } = await privacy('GET', bad, world.users.editorA)
      expect(status).toBe(400)
      expect(body.message).toBe('Dit is geen geldig e-mailadres.')
    }
    // Nothing was erased by any of this.
    expect(await payload.count({ collection: 'requests', where: { email: { equals: 'fatima@example.nl' } }, overrideAccess: true })).toMatchObject({
      totalDocs: 3,
    })
  })
})

describe('export', () => {
  it('the editor of the wijk gets everything as a JSON download, without password data', async () => {
    const { resident, publishedArticle, draftArticle, post, request } = await residentWithEverything('yusuf@example.nl')
    const { status, headers, body } = await privacy('GET', 'Yusuf@Example.nl', world.users.editorA)
    expect(status).toBe(200)
    expect(headers.get('content-disposition')).toMatch(/^attachment; filename="gegevens-yusuf@example.nl.json"/)
    expect(body.email).toBe('yusuf@example.nl')
    const ids = (key: string) => (body[key] as { id: number }[]).map((doc) => doc.id).sort()
    expect(ids('users')).toEqual([resident.id])
    expect(ids('requests')).toEqual([request.id])
    expect(ids('articles')).toEqual([publishedArticle.id, draftArticle.id].sort())
    expect(ids('posts')).toEqual([post.id])
    const user = (body.users as Record<string, unknown>[])[0]!
    expect(user).not.toHaveProperty('hash')
    expect(user).not.toHaveProperty('salt')
    expect((body.requests as { consentAt?: string }[])[0]!.consentAt).toBeTruthy()
  })

  it("works with the admin's session cookie, so an editor can open the address in the browser", async () => {
    const token = await tokenOf(world.users.editorA.email)
    const request = new Request('http://cms.test/api/privacy/fatima%40example.nl', {
      headers: { cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' },
    }) // as a browser sends it
    const response = await handleEndpoints({ config: payload.config, request })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { requests: unknown[] }).requests).toHaveLength(2)
  })

  it('the editor of another wijk finds nothing of this wijk; an admin finds everything', async () => {
    await residentWithEverything('lotte@example.nl')
    const other = await privacy('GET', 'lotte@example.nl', world.users.editorB)
    expect(other.status).toBe(200)
    for (const key of ['users', 'requests', 'articles', 'posts']) expect(other.body[key]).toEqual([])
    const admin = await privacy('GET', 'lotte@example.nl', world.users.admin)
    for (const key of ['users', 'requests', 'posts']) expect(admin.body[key]).toHaveLength(1)
    expect(admin.body.articles).toHaveLength(2)
  })
})

describe('erasure', () => {
  it('deletes the account, the aanvragen and unpublished work; published articles stay without a name; posts are closed', async () => {
    const { resident, publishedArticle, draftArticle, post, request } = await residentWithEverything('noor@example.nl')
    const { status, body } = await privacy('DELETE', 'noor@example.nl', world.users.editorA)
    expect(status).toBe(200)
    expect(body.message).toMatch(/verwijderd/)
    expect(body).toMatchObject({ deleted: { users: 1, requests: 1, articles: 1, posts: 0 }, anonymised: { articles: 1, posts: 1 }, refused: [] })

    expect(await exists('users', resident.id)).toBe(false)
    expect(await exists('requests', request.id)).toBe(false)
    expect(await exists('articles', draftArticle.id)).toBe(false)
    const kept = await payload.findByID({ collection: 'articles', id: publishedArticle.id, overrideAccess: true, depth: 0 })
    expect(kept).toMatchObject({ authorName: ANONYMOUS_AUTHOR, author: null, editorialStatus: 'published', _status: 'published' })
    const closed = await payload.findByID({ collection: 'posts', id: post.id, overrideAccess: true, depth: 0 })
    expect(closed).toMatchObject({ authorName: ANONYMOUS_AUTHOR, author: null, closed: true })

    const again = await privacy('GET', 'noor@example.nl', world.users.editorA)
    for (const key of ['users', 'requests', 'articles', 'posts']) expect(again.body[key]).toEqual([])
  })

  it('the editor of another wijk erases nothing of this wijk', async () => {
    const { resident, request } = await residentWithEverything('sem@example.nl')
    const { status, body } = await privacy('DELETE', 'sem@example.nl', world.users.editorB)
    expect(status).toBe(200)
    expect(body).toMatchObject({ deleted: { users: 0, requests: 0 } })
    expect(await exists('users', resident.id)).toBe(true)
    expect(await exists('requests', request.id)).toBe(true)
  })

  it('an editor cannot erase another editor’s account; an admin can', async () => {
    const colleague = await createActor(payload, 'editor', [world.wijkA.id], { email: 'collega@example.nl' })
    const refused = await privacy('DELETE', 'collega@example.nl', world.users.editorA)
    expect(refused.body.refused).toEqual([`users ${colleague.id}`])
    expect(await exists('users', colleague.id)).toBe(true)
    await privacy('DELETE', 'collega@example.nl', world.users.admin)
    expect(await exists('users', colleague.id)).toBe(false)
  })
})
