import type { Payload } from 'payload'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { articleKind } from '../../../src/mijn/articles/articleForm'
import { defaultVisibleUntil, postKind } from '../../../src/mijn/posts/postForm'
import { plainTextOf } from '../../../src/mijn/text/plainParagraphs'
import { checkForSubmit, closePost, saveWriting, withdrawWriting } from '../../../src/mijn/writing/saveWriting'
import type { Who } from '../../../src/mijn/writing/who'
import { createActor } from '../../helpers/actors'
import { startPayloadWorld } from '../../helpers/payload'
import type { World } from '../../helpers/world'

let payload: Payload
let world: World
let resident: Who
let otherResident: Who

beforeAll(async () => {
  ;({ payload, world } = await startPayloadWorld())
  resident = { payload, user: world.users.writerA, wijk: world.wijkA }
  otherResident = { payload, user: world.users.otherWriterA, wijk: world.wijkA }
})
afterAll(async () => payload.destroy())

// Each piece its own title: the slug is made from it and unique per wijk.
let pieces = 0
const piece = (extra: Record<string, unknown> = {}) => ({
  title: `Tien jaar moestuin ${++pieces}`,
  lead: 'De moestuin aan de Schiedamseweg bestaat tien jaar.',
  body: 'Eerste alinea.\n\nTweede alinea,\nmet een nieuwe regel.',
  authorName: 'Sanne',
  ...extra,
})

const photoFile = async (name = 'tuin.png') =>
  new File(
    [
      await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3a7' } })
        .png()
        .toBuffer(),
    ],
    name,
    { type: 'image/png' },
  )

const stored = (collection: 'articles' | 'posts', id: number) => payload.findByID({ collection, id, overrideAccess: true, draft: true, depth: 1 })

describe('buurtkrant piece in Mijn buurt', () => {
  it('"Bewaar als concept" keeps a half-written piece; "Indienen" submits it once complete', async () => {
    const first = await saveWriting(resident, articleKind, { raw: { title: 'Half af' }, intent: 'concept' })
    expect(first.outcome).toBe('saved')
    if (first.outcome !== 'saved') return
    expect(first.doc.editorialStatus).toBe('draft')
    expect(first.submitted).toBe(false)

    const tooEarly = await saveWriting(resident, articleKind, { id: first.doc.id, raw: { title: 'Half af', body: 'Mijn verhaal' }, intent: 'indienen' })
    expect(tooEarly.outcome).toBe('saved')
    if (tooEarly.outcome !== 'saved') return
    // Nothing lost: the words are stored, the errors say what to do.
    expect(tooEarly.submitted).toBe(false)
    expect(tooEarly.errors).toMatchObject({
      lead: 'Schrijf in een of twee zinnen waar je stuk over gaat.',
      authorName: 'Vul de naam in die onder je stuk komt.',
    })
    const kept = await stored('articles', first.doc.id)
    expect(kept.editorialStatus).toBe('draft')
    expect(plainTextOf(kept.body)).toBe('Mijn verhaal')
    expect(checkForSubmit(articleKind, kept as never)).toHaveProperty('lead')

    const done = await saveWriting(resident, articleKind, { id: first.doc.id, raw: piece(), intent: 'indienen' })
    expect(done).toMatchObject({ outcome: 'saved', submitted: true, errors: {} })
    const submitted = await stored('articles', first.doc.id)
    expect(submitted.editorialStatus).toBe('submitted')
    expect(submitted.author).toMatchObject({ id: world.users.writerA.id })
    expect(submitted.tenant).toMatchObject({ id: world.wijkA.id })
    expect(plainTextOf(submitted.body)).toBe('Eerste alinea.\n\nTweede alinea,\nmet een nieuwe regel.')
  })

  it('a too-long title is kept as typed in the concept, and "Indienen" says to make it shorter', async () => {
    const long = 'x'.repeat(130)
    const result = await saveWriting(resident, articleKind, { raw: piece({ title: long }), intent: 'indienen' })
    expect(result).toMatchObject({ outcome: 'saved', submitted: false, errors: { title: 'Maak de titel korter: hoogstens 120 tekens.' } })
    if (result.outcome === 'saved') expect((await stored('articles', result.doc.id)).title).toBe(long)
  })

  it('refuses what no form sends, storing nothing', async () => {
    const before = (await payload.count({ collection: 'articles', overrideAccess: true })).totalDocs
    for (const raw of [{ title: 'x'.repeat(10_000) }, { title: { $gt: '' } }, { body: ['a', 'b'] }, { lead: 12 }]) {
      expect((await saveWriting(resident, articleKind, { raw, intent: 'concept' })).outcome).toBe('refused')
    }
    expect((await payload.count({ collection: 'articles', overrideAccess: true })).totalDocs).toBe(before)
  })

  it("a photo needs its alt text; with it, it is stored in the wijk as the resident's upload", async () => {
    const without = await saveWriting(resident, articleKind, { raw: piece(), photo: await photoFile(), intent: 'concept' })
    expect(without).toMatchObject({ outcome: 'saved', errors: { photoAlt: expect.stringContaining('Beschrijf wat er op de foto staat') } })
    if (without.outcome !== 'saved') return
    expect((await stored('articles', without.doc.id)).image).toBeFalsy()

    const withAlt = await saveWriting(resident, articleKind, {
      id: without.doc.id,
      raw: piece({ photoAlt: 'Bewoners oogsten tomaten' }),
      photo: await photoFile(),
      intent: 'indienen',
    })
    expect(withAlt).toMatchObject({ outcome: 'saved', submitted: true })
    const image = (await stored('articles', without.doc.id)).image as unknown as { alt: string; uploadedBy: number; tenant: number }
    expect(image.alt).toBe('Bewoners oogsten tomaten')
    expect(image.uploadedBy).toBe(world.users.writerA.id)
    expect(image.tenant).toBe(world.wijkA.id)
  })

  it('refuses a file that is not a photo (an SVG, a script named .jpg)', async () => {
    const svg = new File(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], 'x.svg', { type: 'image/svg+xml' })
    const fake = new File(['#!/bin/sh\nrm -rf /'], 'foto.jpg', { type: 'image/jpeg' })
    for (const photo of [svg, fake]) {
      const result = await saveWriting(resident, articleKind, { raw: piece({ photoAlt: 'Iets' }), photo, intent: 'indienen' })
      expect(result).toMatchObject({ outcome: 'saved', submitted: false, errors: { photo: expect.stringContaining('JPG') } })
    }
  })

  it("the alt text of the resident's own waiting photo can be corrected", async () => {
    const saved = await saveWriting(resident, articleKind, { raw: piece({ photoAlt: 'Eerst' }), photo: await photoFile(), intent: 'concept' })
    if (saved.outcome !== 'saved') throw new Error(saved.outcome)
    await saveWriting(resident, articleKind, { id: saved.doc.id, raw: piece({ photoAlt: 'Daarna beter' }), intent: 'concept' })
    expect(((await stored('articles', saved.doc.id)).image as { alt: string }).alt).toBe('Daarna beter')
  })

  it("nobody else changes a resident's photo, and the resident not once the site shows it", async () => {
    const saved = await saveWriting(resident, postKind, {
      raw: { kind: 'aanbod', title: 'Fiets', body: 'Een kinderfiets.', authorName: 'Sanne', photoAlt: 'Een rode kinderfiets' },
      photo: await photoFile(),
      intent: 'indienen',
    })
    if (saved.outcome !== 'saved') throw new Error(saved.outcome)
    const photoId = ((await stored('posts', saved.doc.id)).image as { id: number }).id
    const change = (user: typeof world.users.writerA) =>
      payload.update({ collection: 'media', id: photoId, data: { alt: 'Gewijzigd' }, user, overrideAccess: false })
    await expect(change(world.users.otherWriterA)).rejects.toMatchObject({ status: 403 })
    await expect(change(world.users.partnerA)).rejects.toMatchObject({ status: 403 })
    await payload.update({ collection: 'posts', id: saved.doc.id, data: { editorialStatus: 'published' }, user: world.users.editorA, overrideAccess: false })
    await expect(change(world.users.writerA)).rejects.toMatchObject({ status: 403 })
    expect((await payload.findByID({ collection: 'media', id: photoId, overrideAccess: true })).alt).toBe('Een rode kinderfiets')
  })

  it('another resident, another wijk or a bad id finds nothing; a submitted piece is locked until withdrawn', async () => {
    const original = piece()
    const saved = await saveWriting(resident, articleKind, { raw: original, intent: 'indienen' })
    if (saved.outcome !== 'saved') throw new Error(saved.outcome)
    expect(await saveWriting(otherResident, articleKind, { id: saved.doc.id, raw: piece({ title: 'Gekaapt' }), intent: 'concept' })).toEqual({
      outcome: 'not-found',
    })
    expect(await withdrawWriting(otherResident, 'articles', saved.doc.id)).toEqual({ outcome: 'not-found' })
    const residentOfB = await createActor(payload, 'writer', [world.wijkB.id])
    expect(
      await saveWriting({ payload, user: residentOfB, wijk: world.wijkB }, articleKind, { id: world.articleOfWriterA.id, raw: piece(), intent: 'concept' }),
    ).toEqual({
      outcome: 'not-found',
    })
    // The writer of wijk A on wijk B's site does not reach their own piece either.
    expect(await saveWriting({ ...resident, wijk: world.wijkB }, articleKind, { id: saved.doc.id, raw: piece(), intent: 'concept' })).toEqual({
      outcome: 'not-found',
    })
    for (const id of ['abc', '1 OR 1=1', -1, '99999999'])
      expect((await saveWriting(resident, articleKind, { id, raw: piece(), intent: 'concept' })).outcome).toBe('not-found')
    expect((await stored('articles', saved.doc.id)).title).toBe(original.title)

    expect(await saveWriting(resident, articleKind, { id: saved.doc.id, raw: piece({ title: 'Anders' }), intent: 'concept' })).toMatchObject({
      outcome: 'locked',
    })
    expect(await withdrawWriting(resident, 'articles', saved.doc.id)).toMatchObject({ outcome: 'saved' })
    expect((await stored('articles', saved.doc.id)).editorialStatus).toBe('withdrawn')
  })

  it('a partner cannot write for the buurtkrant', async () => {
    await expect(
      saveWriting({ payload, user: world.users.partnerA, wijk: world.wijkA }, articleKind, { raw: piece(), intent: 'concept' }),
    ).rejects.toMatchObject({
      status: 403,
    })
  })
})

describe('withdrawn: the redactie cannot publish it until the writer submits again', () => {
  it('refuses the redactie every move of a withdrawn piece; the writer resubmits, then the redactie publishes', async () => {
    const editor = { user: world.users.editorA, overrideAccess: false }
    const saved = await saveWriting(resident, articleKind, { raw: piece(), intent: 'indienen' })
    if (saved.outcome !== 'saved') throw new Error(saved.outcome)
    await withdrawWriting(resident, 'articles', saved.doc.id)
    for (const editorialStatus of ['published', 'changes-requested', 'submitted', 'draft'] as const) {
      await expect(
        payload.update({ collection: 'articles', id: saved.doc.id, data: { editorialStatus, editorComment: 'Graag korter' }, ...editor }),
      ).rejects.toMatchObject({ message: expect.stringContaining('ingetrokken') })
    }
    // Only the writer withdraws.
    const other = await saveWriting(resident, articleKind, { raw: piece(), intent: 'indienen' })
    if (other.outcome !== 'saved') throw new Error(other.outcome)
    await expect(payload.update({ collection: 'articles', id: other.doc.id, data: { editorialStatus: 'withdrawn' }, ...editor })).rejects.toMatchObject({
      message: expect.stringContaining('Alleen de schrijver'),
    })

    // Editing a withdrawn piece makes it a concept again; "Indienen" sends it to the redactie.
    const back = await saveWriting(resident, articleKind, { id: saved.doc.id, raw: piece({ title: 'Opnieuw' }), intent: 'concept' })
    expect(back).toMatchObject({ outcome: 'saved', doc: { editorialStatus: 'draft' } })
    await saveWriting(resident, articleKind, { id: saved.doc.id, raw: piece({ title: 'Opnieuw' }), intent: 'indienen' })
    await payload.update({ collection: 'articles', id: saved.doc.id, data: { editorialStatus: 'published' }, ...editor })
    expect((await stored('articles', saved.doc.id)).editorialStatus).toBe('published')
    expect(await withdrawWriting(resident, 'articles', saved.doc.id)).toMatchObject({ outcome: 'locked' })
  })
})

describe('prikbord post in Mijn buurt', () => {
  it('a concept may be empty; "Indienen" needs vraag/aanbod, title, text, name and a date within three months', async () => {
    const concept = await saveWriting(resident, postKind, { raw: { title: 'Ladder' }, intent: 'concept' })
    expect(concept).toMatchObject({ outcome: 'saved', doc: { editorialStatus: 'draft', title: 'Ladder' } })
    if (concept.outcome !== 'saved') return
    const fail = await saveWriting(resident, postKind, { id: concept.doc.id, raw: { title: 'Ladder', visibleUntil: '2020-01-01' }, intent: 'indienen' })
    expect(fail).toMatchObject({
      outcome: 'saved',
      submitted: false,
      errors: {
        kind: expect.stringContaining('vraag'),
        body: 'Schrijf wat je zoekt of aanbiedt.',
        authorName: 'Vul de naam in die op het prikbord komt.',
        visibleUntil: 'Kies een datum na vandaag.',
      },
    })
    const tooLate = await saveWriting(resident, postKind, {
      id: concept.doc.id,
      raw: { kind: 'vraag', title: 'Ladder', body: 'Wie leent mij een ladder?', authorName: 'Sanne', visibleUntil: '2099-01-01' },
      intent: 'indienen',
    })
    expect(tooLate).toMatchObject({ submitted: false, errors: { visibleUntil: expect.stringContaining('drie maanden') } })

    const until = defaultVisibleUntil()
    const ok = await saveWriting(resident, postKind, {
      id: concept.doc.id,
      raw: { kind: 'vraag', title: 'Ladder', body: 'Wie leent mij een ladder?', authorName: 'Sanne', visibleUntil: until },
      intent: 'indienen',
    })
    expect(ok).toMatchObject({ outcome: 'saved', submitted: true })
    const post = await stored('posts', concept.doc.id)
    expect(post.editorialStatus).toBe('submitted')
    expect(postKind.fromDoc(post as never, '').visibleUntil).toBe(until)
  })

  it('the admin still refuses a submitted post without a title (every rule holds from submitted on)', async () => {
    await expect(
      payload.create({
        collection: 'posts',
        data: { tenant: world.wijkA.id, kind: 'vraag', body: 'x', authorName: 'S', editorialStatus: 'submitted' } as never,
        user: world.users.writerA,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('a published post is closed with "Sluit mijn oproep", not withdrawn; a partner may place one', async () => {
    const saved = await saveWriting(resident, postKind, {
      raw: { kind: 'aanbod', title: 'Gratis stoelen', body: 'Vier stoelen op te halen.', authorName: 'Sanne' },
      intent: 'indienen',
    })
    if (saved.outcome !== 'saved') throw new Error(saved.outcome)
    expect(await closePost(resident, saved.doc.id)).toMatchObject({ outcome: 'locked' })
    await payload.update({ collection: 'posts', id: saved.doc.id, data: { editorialStatus: 'published' }, user: world.users.editorA, overrideAccess: false })
    expect(await withdrawWriting(resident, 'posts', saved.doc.id)).toMatchObject({ outcome: 'locked' })
    expect(await closePost(otherResident, saved.doc.id)).toEqual({ outcome: 'not-found' })
    expect(await closePost(resident, saved.doc.id)).toMatchObject({ outcome: 'saved' })
    expect(((await stored('posts', saved.doc.id)) as { closed?: boolean }).closed).toBe(true)
    expect(await closePost(resident, saved.doc.id)).toMatchObject({ outcome: 'locked' })

    const partner = await saveWriting({ payload, user: world.users.partnerA, wijk: world.wijkA }, postKind, {
      raw: { kind: 'aanbod', title: 'Ruimte te huur', body: 'Onze zaal is vrij op maandag.', authorName: 'De Kabel' },
      intent: 'indienen',
    })
    expect(partner).toMatchObject({ outcome: 'saved', submitted: true })
  })
})
