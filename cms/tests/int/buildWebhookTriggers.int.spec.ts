import type { Payload } from 'payload'

import { buildRequestSchema } from '@wijk/shared/webhook'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../../src/seed/richText'
import { type FakeBuilder, settle, startFakeBuilder } from '../helpers/fakeBuilder'
import { startPayload } from '../helpers/payload'
import { buildWorld, type World } from '../helpers/world'

let payload: Payload
let world: World
let builder: FakeBuilder

beforeAll(async () => {
  builder = await startFakeBuilder({ secret: process.env.WEBHOOK_SECRET! })
  process.env.BUILDER_URL = builder.url
  payload = await startPayload()
  world = await buildWorld(payload)
  await settle()
})
afterAll(async () => {
  await payload?.destroy()
  await builder?.stop()
})

const asEditor = () => ({ user: world.users.editorA, overrideAccess: false })
const asWriter = () => ({ user: world.users.writerA, overrideAccess: false })

/** The webhooks one action sends: waits for `expected` of them, then a little longer for strays. */
const webhooksOf = async (action: () => Promise<unknown>, expected: number) => {
  const before = builder.attempts.length
  await action()
  await builder.waitForAttempts(before + expected)
  await settle(expected ? 100 : 300)
  return builder.attempts.slice(before).map((a) => a.request)
}

const expectOne = async (action: () => Promise<unknown>, request: { reason: string; collection: string; id: unknown }) => {
  const sent = await webhooksOf(action, 1)
  expect(sent).toEqual([{ wijk: 'delfshaven', ...request, id: String(request.id) }])
}
const expectNone = async (action: () => Promise<unknown>) => expect(await webhooksOf(action, 0)).toEqual([])

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
const uploadPixel = () =>
  payload.create({
    collection: 'media',
    data: { tenant: world.wijkA.id, alt: 'Een stip' } as never,
    file: { data: PNG, mimetype: 'image/png', name: 'pixel.png', size: PNG.length },
    ...asEditor(),
  })

const draftable = {
  organisations: () => ({ tenant: world.wijkA.id, name: `Org ${Math.random().toString(36).slice(2, 7)}`, summary: 'Een organisatie.' }),
  events: () => ({
    tenant: world.wijkA.id,
    title: `Activiteit ${Math.random().toString(36).slice(2, 7)}`,
    summary: 'Iets leuks.',
    category: 'ontmoeting',
    startsAt: new Date(Date.now() + 86_400_000).toISOString(),
  }),
} as const

describe.each(['organisations', 'events'] as const)('%s (Payload drafts)', (collection) => {
  const create = (status: 'draft' | 'published') =>
    payload.create({ collection, data: { ...draftable[collection](), _status: status } as never, ...asEditor() })

  it('publishing a new one sends publish; a draft sends nothing', async () => {
    let id: unknown
    const sent = await webhooksOf(async () => ({ id } = await create('published')), 1)
    expect(sent).toEqual([{ wijk: 'delfshaven', reason: 'publish', collection, id: String(id) }])
    await expectNone(() => create('draft'))
  })

  it('a draft save on a published one sends nothing; publishing that draft sends publish', async () => {
    const doc = await create('published')
    await settle()
    await expectNone(() => payload.update({ collection, id: doc.id, draft: true, data: { summary: 'Nog niet live.' } as never, ...asEditor() }))
    await expectOne(() => payload.update({ collection, id: doc.id, data: { summary: 'Nu live.', _status: 'published' } as never, ...asEditor() }), {
      reason: 'publish',
      collection,
      id: doc.id,
    })
  })

  it('a change to a published one sends publish; unpublishing sends unpublish; then edits send nothing', async () => {
    const doc = await create('published')
    await settle()
    await expectOne(() => payload.update({ collection, id: doc.id, data: { summary: 'Aangepast.' } as never, ...asEditor() }), {
      reason: 'publish',
      collection,
      id: doc.id,
    })
    await expectOne(() => payload.update({ collection, id: doc.id, data: { _status: 'draft' } as never, ...asEditor() }), {
      reason: 'unpublish',
      collection,
      id: doc.id,
    })
    await expectNone(() => payload.update({ collection, id: doc.id, data: { summary: 'Offline bewerkt.' } as never, ...asEditor() }))
  })

  it('deleting a published one sends delete; deleting a draft sends nothing', async () => {
    const live = await create('published')
    const draft = await create('draft')
    await settle()
    await expectOne(() => payload.delete({ collection, id: live.id, ...asEditor() }), { reason: 'delete', collection, id: live.id })
    await expectNone(() => payload.delete({ collection, id: draft.id, ...asEditor() }))
  })
})

describe('articles (editorial workflow)', () => {
  const draft = () =>
    payload.create({
      collection: 'articles',
      data: {
        tenant: world.wijkA.id,
        title: `Stuk ${Math.random().toString(36).slice(2, 6)}`,
        lead: 'Kort.',
        body: richText(['Tekst.']),
        authorName: 'Anouk',
      } as never,
      ...asWriter(),
    })

  it('writing and submitting send nothing; the editor publishing sends publish; unpublishing and deleting follow', async () => {
    let id = 0
    await expectNone(async () => ({ id } = await draft()))
    await expectNone(() => payload.update({ collection: 'articles', id, data: { editorialStatus: 'submitted' }, ...asWriter() }))
    await expectOne(() => payload.update({ collection: 'articles', id, data: { editorialStatus: 'published' }, ...asEditor() }), {
      reason: 'publish',
      collection: 'articles',
      id,
    })
    await expectOne(() => payload.update({ collection: 'articles', id, data: { editorialStatus: 'draft' }, ...asEditor() }), {
      reason: 'unpublish',
      collection: 'articles',
      id,
    })
    await payload.update({ collection: 'articles', id, data: { editorialStatus: 'published' }, ...asEditor() })
    await settle()
    await expectOne(() => payload.delete({ collection: 'articles', id, ...asEditor() }), { reason: 'delete', collection: 'articles', id })
  })
})

describe('prikbord posts (no drafts: editorial status, closed, expiry)', () => {
  it('submitted edits send nothing; publish, close and delete send publish, unpublish and delete', async () => {
    const post = world.postOfOtherWriterA
    await expectNone(() => payload.update({ collection: 'posts', id: post.id, data: { body: 'Wie helpt er mee?' }, overrideAccess: true }))
    await expectOne(() => payload.update({ collection: 'posts', id: post.id, data: { editorialStatus: 'published' }, ...asEditor() }), {
      reason: 'publish',
      collection: 'posts',
      id: post.id,
    })
    await expectOne(() => payload.update({ collection: 'posts', id: post.id, data: { closed: true }, ...asEditor() }), {
      reason: 'unpublish',
      collection: 'posts',
      id: post.id,
    })
    await expectNone(() => payload.delete({ collection: 'posts', id: post.id, ...asEditor() }))
  })
})

describe('themes (always shown)', () => {
  it('create, change and delete each send one webhook', async () => {
    let id = 0
    const sent = await webhooksOf(
      async () => ({ id } = await payload.create({ collection: 'themes', data: { tenant: world.wijkA.id, name: 'Muziek' } as never, ...asEditor() })),
      1,
    )
    expect(sent).toEqual([{ wijk: 'delfshaven', reason: 'publish', collection: 'themes', id: String(id) }])
    await expectOne(() => payload.update({ collection: 'themes', id, data: { name: 'Muziek en dans' }, ...asEditor() }), {
      reason: 'publish',
      collection: 'themes',
      id,
    })
    await expectOne(() => payload.delete({ collection: 'themes', id, ...asEditor() }), { reason: 'delete', collection: 'themes', id })
  })
})

describe('media', () => {
  it('an image nobody shows sends nothing; once a published organisation uses it, changing or deleting it does', async () => {
    let id = 0
    await expectNone(async () => ({ id } = await uploadPixel()))
    await expectNone(() => payload.update({ collection: 'media', id, data: { alt: 'Nog los' }, ...asEditor() }))
    await expectOne(() => payload.update({ collection: 'organisations', id: world.orgA2.id, data: { logo: id }, ...asEditor() }), {
      reason: 'publish',
      collection: 'organisations',
      id: world.orgA2.id,
    })
    await expectOne(() => payload.update({ collection: 'media', id, data: { alt: 'Logo van het taalcafé' }, ...asEditor() }), {
      reason: 'publish',
      collection: 'media',
      id,
    })
    await expectOne(() => payload.delete({ collection: 'media', id, ...asEditor() }), { reason: 'delete', collection: 'media', id })
  })
})

describe('the wijk itself', () => {
  it('a change to the wijk sends reason wijk with its slug', async () => {
    await expectOne(() => payload.update({ collection: 'wijken', id: world.wijkA.id, data: { tagline: 'Samen in Delfshaven' }, ...asEditor() }), {
      reason: 'wijk',
      collection: 'wijken',
      id: world.wijkA.id,
    })
  })

  it('a change in another wijk names that wijk', async () => {
    const sent = await webhooksOf(() => payload.update({ collection: 'themes', id: world.themeB.id, data: { name: 'Taal en lezen' }, overrideAccess: true }), 1)
    expect(sent).toEqual([{ wijk: 'kanaleneiland', reason: 'publish', collection: 'themes', id: String(world.themeB.id) }])
  })
})

describe('the webhook itself', () => {
  it('every request is signed per Standard Webhooks, parses with the shared schema and has its own id', () => {
    expect(builder.attempts.length).toBeGreaterThan(20)
    for (const attempt of builder.attempts) {
      expect(attempt.verdict).toEqual({ ok: true, id: attempt.webhookId })
      expect(attempt.webhookId).toMatch(/^msg_\d+$/)
      expect(buildRequestSchema.parse(JSON.parse(attempt.body))).toEqual(attempt.request)
    }
    expect(new Set(builder.attempts.map((a) => a.webhookId)).size).toBe(builder.attempts.length)
  })
})
