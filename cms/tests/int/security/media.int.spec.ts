/**
 * Issue 15, finding 7: every wijk's uploaded images were listed to anyone (`GET /api/media?limit=0`),
 * photos of unpublished and rejected prikbord posts included, and a self-registered resident could
 * upload without limit. The public reads only images that published content shows (what the sites
 * and their builds need); residents and partners have an upload quota with a Dutch message.
 */
import { readdirSync } from 'node:fs'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Actor, createActor } from '../../helpers/actors'
import { startPayloadWorld } from '../../helpers/payload'
import { restApi } from '../../helpers/restApi'
import type { World } from '../../helpers/world'

// Read per upload, so this file can use small numbers.
process.env.MEDIA_UPLOAD_QUOTA_PER_DAY = '3'
process.env.MEDIA_UPLOAD_QUOTA_TOTAL = '5'

let payload: Payload
let world: World
let rest: ReturnType<typeof restApi>

type MediaDoc = { id: number; filename: string; url: string; sizes: { thumbnail: { filename: string } } }
const media: Record<'unpublishedPostPhoto' | 'rejectedPostPhoto' | 'publishedLogo' | 'publishedPostPhoto', MediaDoc> = {} as never

const png = (colour: string) =>
  sharp({ create: { width: 400, height: 300, channels: 3, background: colour } })
    .png()
    .toBuffer()

/** A multipart upload as the admin's upload field sends it: the file and the other fields as `_payload`. */
const upload = async (user: Actor, tenant: number, alt = 'Een foto uit de wijk') => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(await png('#a63d2a'))], { type: 'image/png' }), `foto-${Math.random().toString(36).slice(2, 8)}.png`)
  form.append('_payload', JSON.stringify({ alt, tenant }))
  return rest('POST', '/media', { as: user.email, form })
}

const storedMedia = async (tenant: number, colour: string) =>
  (await payload.create({
    collection: 'media',
    data: { alt: 'Foto', tenant } as never,
    file: { data: await png(colour), mimetype: 'image/png', name: `m-${colour.slice(1)}.png`, size: 1 },
    overrideAccess: true,
  })) as unknown as MediaDoc

const post = (tenant: number, author: Actor, editorialStatus: string, image: number) =>
  payload.create({
    collection: 'posts',
    data: {
      tenant,
      kind: 'aanbod',
      title: `Fiets ${editorialStatus}`,
      body: 'Gratis.',
      authorName: 'Buur',
      author: author.id,
      editorialStatus,
      rejectionReason: 'Past niet op het prikbord.',
      image,
    } as never,
    overrideAccess: true,
  })

beforeAll(async () => {
  ;({ payload, world } = await startPayloadWorld())
  rest = restApi(payload)
  const { otherWriterA } = world.users
  const uploaded = await upload(otherWriterA, world.wijkA.id, 'Mijn oude fiets')
  expect(uploaded.status).toBe(201)
  media.unpublishedPostPhoto = uploaded.body.doc
  await post(world.wijkA.id, otherWriterA, 'submitted', media.unpublishedPostPhoto.id)
  media.rejectedPostPhoto = await storedMedia(world.wijkA.id, '#112233')
  await post(world.wijkA.id, otherWriterA, 'rejected', media.rejectedPostPhoto.id)
  media.publishedPostPhoto = await storedMedia(world.wijkA.id, '#445566')
  await post(world.wijkA.id, otherWriterA, 'published', media.publishedPostPhoto.id)
  media.publishedLogo = await storedMedia(world.wijkA.id, '#778899')
  await payload.update({
    collection: 'organisations',
    id: world.orgA1.id,
    data: { logo: media.publishedLogo.id, _status: 'published' } as never,
    overrideAccess: true,
  })
})
afterAll(async () => payload?.destroy())

const idsListedTo = async (user?: Actor) => {
  const answer = await rest('GET', '/media?limit=0&depth=0', { as: user?.email })
  return answer.status === 200 ? (answer.body.docs as { id: number }[]).map((doc) => doc.id) : []
}

describe('anonymous: only images that published content shows', () => {
  it('GET /api/media lists no photo of an unpublished or rejected post', async () => {
    const listed = await idsListedTo(undefined)
    expect(listed).not.toContain(media.unpublishedPostPhoto.id)
    expect(listed).not.toContain(media.rejectedPostPhoto.id)
    expect(listed).toEqual(expect.arrayContaining([media.publishedLogo.id, media.publishedPostPhoto.id]))
  })

  it('GET /api/media/:id and the file URL (and its sizes) of a hidden photo are refused', async () => {
    for (const hidden of [media.unpublishedPostPhoto, media.rejectedPostPhoto]) {
      expect((await rest('GET', `/media/${hidden.id}`)).status).toBeOneOf([403, 404])
      expect((await rest('GET', `/media/file/${hidden.filename}`)).status).toBeOneOf([403, 404])
      expect((await rest('GET', `/media/file/${hidden.sizes.thumbnail.filename}`)).status).toBeOneOf([403, 404])
    }
  })

  it('a published organisation’s logo and a published post’s photo are readable, file and sizes', async () => {
    for (const shown of [media.publishedLogo, media.publishedPostPhoto]) {
      expect((await rest('GET', `/media/${shown.id}`)).status).toBe(200)
      const file = await rest('GET', `/media/file/${shown.filename}`)
      expect(file.status).toBe(200)
      expect(file.headers.get('content-type')).toBe('image/png')
      expect((await rest('GET', `/media/file/${shown.sizes.thumbnail.filename}`)).status).toBe(200)
    }
  })

  it('the site build still fetches every image of the snapshot without signing in', async () => {
    const answer = await rest('GET', `/wijken/${world.wijkA.slug}/snapshot`, { headers: { Authorization: `Bearer ${process.env.SNAPSHOT_TOKEN}` } })
    expect(answer.status).toBe(200)
    const urls = [...JSON.stringify(answer.body).matchAll(/http:\/\/cms\.test\/api(\/media\/file\/[^"]+)/g)].map((match) => match[1]!)
    expect(urls.length).toBeGreaterThanOrEqual(2)
    for (const path of urls) expect({ path, status: (await rest('GET', decodeURI(path))).status }).toEqual({ path, status: 200 })
  })
})

describe('signed in: the redactie sees its wijk’s images, residents their own and the shown ones', () => {
  it('the uploader and the redactie of the wijk see the unpublished photo; other residents and wijken do not', async () => {
    expect(await idsListedTo(world.users.otherWriterA)).toContain(media.unpublishedPostPhoto.id)
    expect(await idsListedTo(world.users.editorA)).toEqual(expect.arrayContaining([media.unpublishedPostPhoto.id, media.rejectedPostPhoto.id]))
    for (const user of [world.users.writerA, world.users.partnerA, world.users.editorB]) {
      const listed = await idsListedTo(user)
      expect(listed).not.toContain(media.unpublishedPostPhoto.id)
      expect(listed).not.toContain(media.rejectedPostPhoto.id)
    }
    expect(await idsListedTo(world.users.writerA)).toContain(media.publishedLogo.id)
    expect((await rest('GET', `/media/file/${media.unpublishedPostPhoto.filename}`, { as: world.users.writerA.email })).status).toBeOneOf([403, 404])
    expect((await rest('GET', `/media/file/${media.unpublishedPostPhoto.filename}`, { as: world.users.otherWriterA.email })).status).toBe(200)
  })
})

describe('upload quota for residents and partners', () => {
  const mediaCount = async () => (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs
  const filesOnDisk = () => readdirSync(process.env.MEDIA_DIR!).length

  it('a writer’s upload beyond the daily limit is refused in Dutch and nothing is stored', async () => {
    const writer = await createActor(payload, 'writer', [world.wijkA.id])
    for (let n = 0; n < 3; n++) expect((await upload(writer, world.wijkA.id)).status).toBe(201)
    const [count, files] = [await mediaCount(), filesOnDisk()]
    const refused = await upload(writer, world.wijkA.id)
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toMatch(/^Je hebt in de afgelopen 24 uur al 3 afbeeldingen geüpload/)
    expect(await mediaCount()).toBe(count)
    expect(filesOnDisk()).toBe(files)
  })

  it('a partner’s upload beyond the total is refused in Dutch', async () => {
    const partner = await createActor(payload, 'partner', [world.wijkA.id])
    const lastWeek = new Date(Date.now() - 7 * 86_400_000).toISOString()
    for (let n = 0; n < 4; n++) {
      const old = await storedMedia(world.wijkA.id, `#00000${n}`)
      await payload.db.updateOne({ collection: 'media', id: old.id, data: { uploadedBy: partner.id, createdAt: lastWeek } })
    }
    expect((await upload(partner, world.wijkA.id)).status).toBe(201)
    const count = await mediaCount()
    const refused = await upload(partner, world.wijkA.id)
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toMatch(/^Je hebt het maximum van 5 afbeeldingen bereikt/)
    expect(await mediaCount()).toBe(count)
  })

  it('the redactie has no quota, and an upload records who made it', async () => {
    const editor = await createActor(payload, 'editor', [world.wijkA.id])
    for (let n = 0; n < 4; n++) expect((await upload(editor, world.wijkA.id)).status).toBe(201)
    const { docs } = await payload.find({ collection: 'media', where: { uploadedBy: { equals: editor.id } }, overrideAccess: true, depth: 0 })
    expect(docs).toHaveLength(4)
  })

  it('nobody uploads in someone else’s name', async () => {
    const writer = await createActor(payload, 'writer', [world.wijkA.id])
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await png('#123456'))], { type: 'image/png' }), 'naam.png')
    form.append('_payload', JSON.stringify({ alt: 'Foto', tenant: world.wijkA.id, uploadedBy: world.users.editorA.id }))
    const answer = await rest('POST', '/media', { as: writer.email, form })
    expect(answer.status).toBe(201)
    const stored = await payload.findByID({ collection: 'media', id: answer.body.doc.id, overrideAccess: true, depth: 0 })
    expect((stored as { uploadedBy?: unknown }).uploadedBy).toBe(writer.id)
  })

  it('deleting an account (privacy erasure) keeps its images, without an uploader', async () => {
    const writer = await createActor(payload, 'writer', [world.wijkA.id])
    const uploaded = await upload(writer, world.wijkA.id)
    await payload.delete({ collection: 'users', id: writer.id, overrideAccess: true })
    const stored = await payload.findByID({ collection: 'media', id: uploaded.body.doc.id, overrideAccess: true, depth: 0 })
    expect((stored as { uploadedBy?: unknown }).uploadedBy ?? null).toBeNull()
  })
})
