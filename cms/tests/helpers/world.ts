import type { Payload } from 'payload'

import { richText } from '../../src/seed/richText'
import { type Actor, createActor } from './actors'

const wijkData = (slug: string) => ({ name: slug[0]!.toUpperCase() + slug.slice(1), slug, domain: `${slug}.localhost` })

const inFuture = (days: number, hour = 18) => {
  const d = new Date(Date.now() + days * 86_400_000)
  d.setUTCHours(hour - 1, 0, 0, 0)
  return d.toISOString()
}

/**
 * Two wijken with a little of everything, written with overrideAccess, so tests can then
 * act as each role and check what Payload allows.
 */
export const buildWorld = async (payload: Payload) => {
  const create = <T extends Parameters<Payload['create']>[0]['collection']>(collection: T, data: Record<string, unknown>) =>
    payload.create({ collection, data: data as never, overrideAccess: true })

  const wijkA = await create('wijken', wijkData('delfshaven'))
  const wijkB = await create('wijken', wijkData('kanaleneiland'))
  const theme = (tenant: number, name: string) => create('themes', { tenant, name })
  const themeA = await theme(wijkA.id, 'Eten')
  const themeB = await theme(wijkB.id, 'Taal')

  const organisation = (tenant: number, name: string, themeId: number) =>
    create('organisations', { tenant, name, summary: `${name} in de wijk.`, themes: [themeId], _status: 'published', description: richText([`Over ${name}.`]) })
  const orgA1 = await organisation(wijkA.id, 'Buurthuis De Kabel', themeA.id)
  const orgA2 = await organisation(wijkA.id, 'Taalcafé Bospolder', themeA.id)
  const orgB1 = await organisation(wijkB.id, 'Buurtkamer Kanaleneiland', themeB.id)

  const admin = await createActor(payload, 'admin', [])
  const editorA = await createActor(payload, 'editor', [wijkA.id])
  const writerA = await createActor(payload, 'writer', [wijkA.id])
  const otherWriterA = await createActor(payload, 'writer', [wijkA.id])
  const partnerA = await createActor(payload, 'partner', [wijkA.id], { organisation: orgA1.id })
  const editorB = await createActor(payload, 'editor', [wijkB.id])

  const event = (tenant: number, title: string, organisationId: number) =>
    create('events', {
      tenant,
      title,
      summary: `${title}.`,
      category: 'buurtmaaltijd',
      organisation: organisationId,
      startsAt: inFuture(3),
      _status: 'published',
    })
  const eventA1 = await event(wijkA.id, 'Buurtmaaltijd De Kabel', orgA1.id)
  const eventA2 = await event(wijkA.id, 'Taalcafé op dinsdag', orgA2.id)
  const eventB1 = await event(wijkB.id, 'Maaltijd Kanaleneiland', orgB1.id)

  const article = (tenant: number, title: string, author: Actor) =>
    create('articles', {
      tenant,
      title,
      lead: 'Een verhaal uit de wijk.',
      body: richText(['Tekst.']),
      authorName: author.name,
      author: author.id,
      editorialStatus: 'draft',
    })
  const articleOfWriterA = await article(wijkA.id, 'Mijn straat', writerA)
  const articleOfOtherWriterA = await article(wijkA.id, 'De markt', otherWriterA)
  const articleB = await article(wijkB.id, 'Kanaleneiland leest', editorB)

  const post = (tenant: number, title: string, author: Actor) =>
    create('posts', { tenant, kind: 'vraag', title, body: 'Wie helpt?', authorName: author.name, author: author.id, editorialStatus: 'submitted' })
  const postOfOtherWriterA = await post(wijkA.id, 'Hulp gezocht', otherWriterA)
  const postB = await post(wijkB.id, 'Kanaleneiland zoekt', editorB)

  const request = (tenant: number, organisationId: number) =>
    create('requests', { tenant, kind: 'join', name: 'Fatima', email: 'fatima@example.nl', organisation: organisationId })
  const requestToA1 = await request(wijkA.id, orgA1.id)
  const requestToA2 = await request(wijkA.id, orgA2.id)
  const requestToB1 = await request(wijkB.id, orgB1.id)

  return {
    wijkA,
    wijkB,
    themeA,
    themeB,
    orgA1,
    orgA2,
    orgB1,
    users: { admin, editorA, writerA, otherWriterA, partnerA, editorB },
    eventA1,
    eventA2,
    eventB1,
    articleOfWriterA,
    articleOfOtherWriterA,
    articleB,
    postOfOtherWriterA,
    postB,
    requestToA1,
    requestToA2,
    requestToB1,
  }
}

export type World = Awaited<ReturnType<typeof buildWorld>>
