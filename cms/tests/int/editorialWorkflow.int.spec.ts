import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../../src/seed/richText'
import { startPayloadWorld } from '../helpers/payload'
import type { World } from '../helpers/world'

let payload: Payload
let world: World

beforeAll(async () => ({ payload, world } = await startPayloadWorld()))
afterAll(async () => payload.destroy())

const asWriter = () => ({ user: world.users.writerA, overrideAccess: false })
const asEditor = () => ({ user: world.users.editorA, overrideAccess: false })

const draftByWriter = () =>
  payload.create({
    collection: 'articles',
    data: {
      tenant: world.wijkA.id,
      title: `Buurtfeest ${Math.random().toString(36).slice(2, 6)}`,
      lead: 'Het was druk.',
      body: richText(['Iedereen kwam.']),
      authorName: 'Anouk',
    } as never,
    ...asWriter(),
  })

/** What the public would get (the main document) and where the workflow stands (the newest version). */
const liveArticle = (id: number) => payload.findByID({ collection: 'articles', id, overrideAccess: true, depth: 0 })
const latestArticle = (id: number) => payload.findByID({ collection: 'articles', id, draft: true, overrideAccess: true, depth: 0 })

const fieldError = (pattern: RegExp) => ({ data: { errors: [expect.objectContaining({ message: expect.stringMatching(pattern) })] } })

describe('buurtkrant: draft → submitted → published', () => {
  it('a writer drafts and submits; the editor publishes; the article goes live with a date', async () => {
    const draft = await draftByWriter()
    expect(draft.editorialStatus).toBe('draft')
    expect(draft._status).toBe('draft')
    expect(draft.author).toMatchObject({ id: world.users.writerA.id })

    await payload.update({ collection: 'articles', id: draft.id, data: { editorialStatus: 'submitted' }, ...asWriter() })
    expect((await latestArticle(draft.id)).editorialStatus).toBe('submitted')
    expect((await liveArticle(draft.id))._status).toBe('draft')

    await payload.update({ collection: 'articles', id: draft.id, data: { editorialStatus: 'published' }, ...asEditor() })
    const live = await liveArticle(draft.id)
    expect(live._status).toBe('published')
    expect(live.editorialStatus).toBe('published')
    expect(new Date(live.publishedAt!).getTime()).toBeGreaterThan(Date.now() - 60_000)
  })

  it('a writer can never publish: not by status, not by _status, not on create', async () => {
    const draft = await draftByWriter()
    const attempts = [
      () => payload.update({ collection: 'articles', id: draft.id, data: { editorialStatus: 'published' }, ...asWriter() }),
      () => payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' }, ...asWriter() }),
      () =>
        payload.create({
          collection: 'articles',
          data: { tenant: world.wijkA.id, title: 'Direct live', lead: 'x', body: richText(['x']), authorName: 'A', editorialStatus: 'published' } as never,
          ...asWriter(),
        }),
      () =>
        payload.create({
          collection: 'articles',
          data: { tenant: world.wijkA.id, title: 'Direct live 2', lead: 'x', body: richText(['x']), authorName: 'A', _status: 'published' } as never,
          ...asWriter(),
        }),
    ]
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ status: 403 })
    expect((await liveArticle(draft.id))._status).toBe('draft')
    const { totalDocs } = await payload.count({ collection: 'articles', where: { title: { like: 'Direct live' } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
  })

  it('the refusal explains itself in Dutch', async () => {
    const draft = await draftByWriter()
    await expect(payload.update({ collection: 'articles', id: draft.id, data: { editorialStatus: 'published' }, ...asWriter() })).rejects.toThrow(
      /Alleen de redactie kan publiceren/,
    )
  })

  it('rejection needs a reason, which the writer sees; the writer can then resubmit', async () => {
    const draft = await draftByWriter()
    await payload.update({ collection: 'articles', id: draft.id, data: { editorialStatus: 'submitted' }, ...asWriter() })
    await expect(payload.update({ collection: 'articles', id: draft.id, data: { editorialStatus: 'rejected' }, ...asEditor() })).rejects.toMatchObject(
      fieldError(/waarom/),
    )
    await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { editorialStatus: 'rejected', rejectionReason: 'Graag een foto erbij.' },
      ...asEditor(),
    })
    const seen = await payload.findByID({ collection: 'articles', id: draft.id, draft: true, ...asWriter() })
    expect(seen.rejectionReason).toBe('Graag een foto erbij.')
    await payload.update({ collection: 'articles', id: draft.id, data: { editorialStatus: 'submitted' }, ...asWriter() })
    expect((await latestArticle(draft.id)).editorialStatus).toBe('submitted')
  })

  it('once published, the writer can no longer change it', async () => {
    const draft = await draftByWriter()
    await payload.update({ collection: 'articles', id: draft.id, data: { editorialStatus: 'published' }, ...asEditor() })
    await expect(payload.update({ collection: 'articles', id: draft.id, data: { lead: 'Stiekem anders.' }, ...asWriter() })).rejects.toMatchObject({
      status: 403,
    })
    expect((await liveArticle(draft.id)).lead).toBe('Het was druk.')
  })

  it('a writer cannot reject or set a rejection reason themselves', async () => {
    const draft = await draftByWriter()
    await expect(
      payload.update({ collection: 'articles', id: draft.id, data: { editorialStatus: 'rejected', rejectionReason: 'x' }, ...asWriter() }),
    ).rejects.toMatchObject({ status: 403 })
  })
})

describe('partners save drafts; the redactie publishes', () => {
  it('a partner edit of its published organisation does not go live until an editor publishes', async () => {
    const asPartner = { user: world.users.partnerA, overrideAccess: false }
    await payload.update({ collection: 'organisations', id: world.orgA1.id, data: { summary: 'Voorstel van de partner.' }, ...asPartner })
    const live = await payload.findByID({ collection: 'organisations', id: world.orgA1.id, overrideAccess: true })
    expect(live.summary).toBe('Buurthuis De Kabel in de wijk.')
    const draft = await payload.findByID({ collection: 'organisations', id: world.orgA1.id, draft: true, overrideAccess: true })
    expect(draft.summary).toBe('Voorstel van de partner.')

    await expect(payload.update({ collection: 'organisations', id: world.orgA1.id, data: { _status: 'published' }, ...asPartner })).rejects.toMatchObject({
      status: 403,
    })

    await payload.update({
      collection: 'organisations',
      id: world.orgA1.id,
      data: { summary: 'Voorstel van de partner.', _status: 'published' },
      ...asEditor(),
    })
    const published = await payload.findByID({ collection: 'organisations', id: world.orgA1.id, overrideAccess: true })
    expect(published.summary).toBe('Voorstel van de partner.')
  })
})

describe('prikbord moderation', () => {
  it('a resident post waits for the redactie and is only visible to others once published', async () => {
    const post = await payload.create({
      collection: 'posts',
      data: {
        tenant: world.wijkA.id,
        kind: 'aanbod',
        title: 'Kinderfiets',
        body: 'Gratis af te halen.',
        authorName: 'Joost',
        editorialStatus: 'submitted',
      } as never,
      ...asWriter(),
    })
    const asOther = { user: world.users.otherWriterA, overrideAccess: false }
    await expect(payload.findByID({ collection: 'posts', id: post.id, ...asOther })).rejects.toMatchObject({ status: 404 })
    await payload.update({ collection: 'posts', id: post.id, data: { editorialStatus: 'published' }, ...asEditor() })
    const seen = await payload.findByID({ collection: 'posts', id: post.id, ...asOther })
    expect(seen.title).toBe('Kinderfiets')
    expect(new Date(seen.expiresAt).getTime()).toBeGreaterThan(Date.now() + 20 * 86_400_000)
  })
})
