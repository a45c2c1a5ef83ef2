/**
 * The redactie hears what is submitted: one mail per item to the editors of the item's wijk who chose
 * that, or one mail a day with everything that waits. Real mail task, real nodemailer, a real SMTP
 * server on loopback. Which mails were queued is read from the jobs queue itself (queued in the
 * same transaction as the save), so "nobody else was mailed" needs no waiting.
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runInTurn } from '../../../src/jobs/jobRunner'
import { sendDailyDigests } from '../../../src/redactie/submissionDigest'
import { richText } from '../../../src/seed/richText'
import { type Actor, createActor } from '../../helpers/actors'
import { startMailWorld, stopMailWorld } from '../../helpers/mailWorld'
import type { LocalSmtp } from '../../helpers/smtpServer'
import type { World } from '../../helpers/world'

let payload: Payload
let world: World
let smtp: LocalSmtp
let dailyEditorA: Actor
let silentEditorA: Actor

beforeAll(async () => {
  ;({ smtp, payload, world } = await startMailWorld({ retryBaseMs: 200 }))
  dailyEditorA = await createActor(payload, 'editor', [world.wijkA.id], { name: 'Dirk Dagelijks', submissionMail: 'daily' })
  silentEditorA = await createActor(payload, 'editor', [world.wijkA.id], { name: 'Stijn Stil', submissionMail: 'none' })
})
afterAll(() => stopMailWorld(payload, smtp))

type MailJob = { input: { to: string; subject: string; text: string } }

/** Every mail queued so far (sent or not). */
const queuedMails = async () => {
  const { docs } = await payload.find({ collection: 'payload-jobs', where: { queue: { equals: 'mail' } }, pagination: false, depth: 0, overrideAccess: true })
  return (docs as unknown as MailJob[]).map((job) => job.input)
}
const recipientsOf = async (subjectPart: string) =>
  (await queuedMails())
    .filter((mail) => mail.subject.includes(subjectPart))
    .map((mail) => mail.to.toLowerCase())
    .sort()

const lower = (actor: Actor) => actor.email.toLowerCase()

describe('one mail per submitted item', () => {
  it('a submitted article: only this wijk’s editors who chose a mail per item, with a link to it', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: { tenant: world.wijkA.id, title: 'Bankjes op het plein', lead: 'L.', body: richText(['T.']), authorName: 'Anouk' } as never,
      user: world.users.writerA,
      overrideAccess: false,
    })
    expect(await recipientsOf('Bankjes op het plein')).toEqual([])
    await payload.update({ collection: 'articles', id: draft.id, data: { editorialStatus: 'submitted' }, user: world.users.writerA, overrideAccess: false })

    expect(await recipientsOf('Wacht op de redactie: Bankjes op het plein')).toEqual([lower(world.users.editorA)])
    const mail = await smtp.waitForMail((m) => m.envelopeTo.includes(lower(world.users.editorA)) && (m.subject ?? '').includes('Bankjes op het plein'), 10_000)
    expect(mail.text).toContain(`Hallo ${world.users.editorA.name},`)
    expect(mail.text).toContain('Anouk heeft een stuk voor de buurtkrant ingediend in Delfshaven')
    expect(mail.text).toContain(`http://cms.test/admin/collections/articles/${draft.id}`)
    expect(mail.text).toContain('http://cms.test/admin/wachtrij')

    // Saving it again while it waits mails nobody again.
    await payload.update({ collection: 'articles', id: draft.id, data: { lead: 'Nieuw.' }, user: world.users.writerA, overrideAccess: false })
    expect(await recipientsOf('Bankjes op het plein')).toHaveLength(1)
  })

  it('an activity a partner submits for review: the editor is mailed; an edit without submitting is not', async () => {
    const event = await payload.create({
      collection: 'events',
      data: {
        tenant: world.wijkA.id,
        title: 'Soepavond',
        summary: 'S.',
        category: 'buurtmaaltijd',
        organisation: world.orgA1.id,
        startsAt: '2027-01-10T18:00:00.000Z',
      } as never,
      user: world.users.partnerA,
      overrideAccess: false,
    })
    expect(await recipientsOf('Soepavond')).toEqual([])
    await payload.update({
      collection: 'events',
      id: event.id,
      data: { summary: 'Samen soep eten.' },
      user: world.users.partnerA,
      overrideAccess: false,
      context: { submitForReview: true },
    })
    expect(await recipientsOf('Wacht op de redactie: Soepavond')).toEqual([lower(world.users.editorA)])
    const mail = await smtp.waitForMail((m) => (m.subject ?? '').includes('Soepavond'), 10_000)
    expect(mail.text).toContain(`${world.users.partnerA.name} heeft een activiteit ingediend`)
  })

  it('a post in the other wijk goes to that wijk’s editor only', async () => {
    const writerB = await createActor(payload, 'writer', [world.wijkB.id])
    await payload.create({
      collection: 'posts',
      data: { tenant: world.wijkB.id, kind: 'aanbod', title: 'Kinderfiets B', body: 'B.', authorName: 'Bea', editorialStatus: 'submitted' } as never,
      user: writerB,
      overrideAccess: false,
    })
    expect(await recipientsOf('Kinderfiets B')).toEqual([lower(world.users.editorB)])
  })

  it('submitted work stored by server code without a person (the demo seed) mails nobody', async () => {
    await payload.create({
      collection: 'posts',
      data: { tenant: world.wijkA.id, kind: 'aanbod', title: 'Uit de seed', body: 'B.', authorName: 'Bea', editorialStatus: 'submitted' } as never,
      overrideAccess: true,
    })
    expect(await recipientsOf('Uit de seed')).toEqual([])
  })
})

describe('one mail a day', () => {
  const DAY = 86_400_000
  const digestsTo = async (actor: Actor) =>
    (await queuedMails()).filter((mail) => mail.to.toLowerCase() === lower(actor) && mail.subject.includes('op de redactie van'))

  it('lists what waits in the wijk, oldest first, once per editor per day, also when runs overlap', async () => {
    const now = new Date(Date.now() + 3 * DAY)
    // In turn with the mail jobs, as the server's sweep runs it.
    const digestInTurn = async (at: Date) => (await runInTurn(payload, () => sendDailyDigests(payload, at)))!
    const first = await digestInTurn(now)
    expect(first.sent).toBe(1)
    const [digest] = await digestsTo(dailyEditorA)
    // The world's post (oldest), the article, the activity, the seeded post; not wijk B's post.
    expect(digest!.subject).toBe('Er wachten 4 stukken op de redactie van Delfshaven')
    const text = digest!.text
    expect(text.indexOf('Hulp gezocht')).toBeGreaterThan(-1)
    expect(text.indexOf('Hulp gezocht')).toBeLessThan(text.indexOf('Bankjes op het plein'))
    expect(text.indexOf('Bankjes op het plein')).toBeLessThan(text.indexOf('Soepavond'))
    expect(text.indexOf('Soepavond')).toBeLessThan(text.indexOf('Uit de seed'))
    expect(text).toContain('wacht 3 dagen')
    expect(text).not.toContain('Kinderfiets B')
    const delivered = await smtp.waitForMail((m) => m.envelopeTo.includes(lower(dailyEditorA)), 10_000)
    expect(delivered.text).toContain('Hallo Dirk Dagelijks,')

    // The same day again: nothing new.
    expect((await digestInTurn(new Date(now.getTime() + 3_600_000))).alreadySent).toBe(1)
    expect(await digestsTo(dailyEditorA)).toHaveLength(1)

    // The next day, two runs at once, as two servers would (the claim decides; without SQLite
    // transactions, the default, one process can overlap them like this): one mail.
    const next = new Date(now.getTime() + DAY)
    const runs = await Promise.all([sendDailyDigests(payload, next), sendDailyDigests(payload, next)])
    expect(runs.map((run) => run.sent).reduce((a, b) => a + b)).toBe(1)
    expect(await digestsTo(dailyEditorA)).toHaveLength(2)

    // "Geen mail" means none of either kind; per-item editors get no digest.
    expect(await digestsTo(silentEditorA)).toEqual([])
    expect((await queuedMails()).filter((mail) => mail.to.toLowerCase() === lower(silentEditorA))).toEqual([])
    expect(await digestsTo(world.users.editorA)).toEqual([])
  })

  it('an editor may change only their own choice', async () => {
    const own = await payload.update({
      collection: 'users',
      id: world.users.editorA.id,
      data: { submissionMail: 'daily' },
      user: world.users.editorA,
      overrideAccess: false,
    })
    expect(own.submissionMail).toBe('daily')
    const other = await payload.update({
      collection: 'users',
      id: world.users.writerA.id,
      data: { submissionMail: 'none' },
      user: world.users.editorA,
      overrideAccess: false,
    })
    expect(other.submissionMail ?? 'each').toBe('each')
  })
})
