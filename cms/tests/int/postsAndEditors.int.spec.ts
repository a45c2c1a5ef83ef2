import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../../src/seed/richText'
import { buildSnapshot } from '../../src/snapshot/buildSnapshot'
import { startPayloadWorld } from '../helpers/payload'
import type { World } from '../helpers/world'

let payload: Payload
let world: World

beforeAll(async () => ({ payload, world } = await startPayloadWorld()))
afterAll(async () => payload.destroy())

const asWriter = () => ({ user: world.users.writerA, overrideAccess: false })
const asOtherWriter = () => ({ user: world.users.otherWriterA, overrideAccess: false })
const asEditor = () => ({ user: world.users.editorA, overrideAccess: false })

const postByWriter = (title = `Ladder ${Math.random().toString(36).slice(2, 6)}`) =>
  payload.create({
    collection: 'posts',
    data: { tenant: world.wijkA.id, kind: 'vraag', title, body: 'Wie leent mij een ladder?', authorName: 'Sanne', editorialStatus: 'submitted' } as never,
    ...asWriter(),
  })

const snapshotPostTitles = async () => (await buildSnapshot(payload, 'delfshaven'))!.posts.map((p) => p.title)
const storedPost = (id: number) => payload.findByID({ collection: 'posts', id, overrideAccess: true, depth: 0 })

describe('prikbord: submitted → approved → closed', () => {
  it('a submitted post is only on the site once the redactie approves it, and leaves when its poster closes it', async () => {
    const post = await postByWriter()
    expect(post.author).toMatchObject({ id: world.users.writerA.id })
    expect(await snapshotPostTitles()).not.toContain(post.title)

    await payload.update({ collection: 'posts', id: post.id, data: { editorialStatus: 'published' }, ...asEditor() })
    expect(await snapshotPostTitles()).toContain(post.title)

    await payload.update({ collection: 'posts', id: post.id, data: { closed: true }, ...asWriter() })
    expect((await storedPost(post.id)).closed).toBe(true)
    expect((await storedPost(post.id)).editorialStatus).toBe('published')
    expect(await snapshotPostTitles()).not.toContain(post.title)
  })

  it('once published, the poster can close the post but change nothing else, and cannot reopen it', async () => {
    const post = await postByWriter()
    await payload.update({ collection: 'posts', id: post.id, data: { editorialStatus: 'published' }, ...asEditor() })
    // The whole form as the admin sends it: the locked fields are dropped, `closed` is kept.
    await payload.update({
      collection: 'posts',
      id: post.id,
      data: {
        title: 'Stiekem anders',
        body: 'Andere tekst',
        editorialStatus: 'draft',
        expiresAt: new Date(Date.now() + 365 * 86_400_000).toISOString(),
        closed: true,
      },
      ...asWriter(),
    })
    const after = await storedPost(post.id)
    expect(after).toMatchObject({ title: post.title, body: post.body, editorialStatus: 'published', expiresAt: post.expiresAt, closed: true })

    await payload.update({ collection: 'posts', id: post.id, data: { closed: false }, ...asWriter() })
    expect((await storedPost(post.id)).closed).toBe(true)
    await payload.update({ collection: 'posts', id: post.id, data: { closed: false }, ...asEditor() })
    expect((await storedPost(post.id)).closed).toBe(false)
  })

  it('nobody else can close a resident’s post, and a poster cannot approve their own', async () => {
    const post = await postByWriter()
    await expect(payload.update({ collection: 'posts', id: post.id, data: { editorialStatus: 'published' }, ...asWriter() })).rejects.toMatchObject({
      status: 403,
    })
    await payload.update({ collection: 'posts', id: post.id, data: { editorialStatus: 'published' }, ...asEditor() })
    await expect(payload.update({ collection: 'posts', id: post.id, data: { closed: true }, ...asOtherWriter() })).rejects.toMatchObject({ status: 403 })
    expect((await storedPost(post.id)).closed).toBe(false)
  })

  it('an expired post leaves the site', async () => {
    const post = await postByWriter()
    await payload.update({ collection: 'posts', id: post.id, data: { editorialStatus: 'published' }, ...asEditor() })
    const later = new Date(Date.parse(post.expiresAt) + 1000)
    expect((await buildSnapshot(payload, 'delfshaven', later))!.posts.map((p) => p.title)).not.toContain(post.title)
  })
})

const draftArticle = () =>
  payload.create({
    collection: 'articles',
    data: {
      tenant: world.wijkA.id,
      title: `Moestuin ${Math.random().toString(36).slice(2, 6)}`,
      lead: 'De tuin bloeit.',
      body: richText(['Tomaten!']),
      authorName: 'Anouk',
    } as never,
    ...asWriter(),
  })
const latestArticle = (id: number) => payload.findByID({ collection: 'articles', id, draft: true, overrideAccess: true, depth: 0 })

describe('buurtkrant: the redactie asks for changes', () => {
  it('asking for changes needs a comment, which the writer sees; the writer edits and submits again', async () => {
    const draft = await draftArticle()
    await payload.update({ collection: 'articles', id: draft.id, data: { editorialStatus: 'submitted' }, ...asWriter() })
    await expect(payload.update({ collection: 'articles', id: draft.id, data: { editorialStatus: 'changes-requested' }, ...asEditor() })).rejects.toMatchObject(
      { data: { errors: [expect.objectContaining({ message: expect.stringMatching(/aanpassen/) })] } },
    )
    await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { editorialStatus: 'changes-requested', editorComment: 'Noem ook de vrijwilligers.' },
      ...asEditor(),
    })

    const seen = await payload.findByID({ collection: 'articles', id: draft.id, draft: true, ...asWriter() })
    expect(seen).toMatchObject({ editorialStatus: 'changes-requested', editorComment: 'Noem ook de vrijwilligers.' })
    await payload.update({ collection: 'articles', id: draft.id, data: { lead: 'De tuin bloeit, dankzij tien vrijwilligers.' }, ...asWriter() })
    await payload.update({ collection: 'articles', id: draft.id, data: { editorialStatus: 'submitted' }, ...asWriter() })
    expect(await latestArticle(draft.id)).toMatchObject({ editorialStatus: 'submitted', lead: 'De tuin bloeit, dankzij tien vrijwilligers.' })
  })

  it('a writer cannot send work back or write the redactie’s comment', async () => {
    const draft = await draftArticle()
    await expect(
      payload.update({ collection: 'articles', id: draft.id, data: { editorialStatus: 'changes-requested', editorComment: 'x' }, ...asWriter() }),
    ).rejects.toMatchObject({ status: 403 })
    await payload.update({ collection: 'articles', id: draft.id, data: { editorComment: 'Goedgekeurd door mezelf' }, ...asWriter() })
    expect((await latestArticle(draft.id)).editorComment ?? null).toBeNull()
  })
})
