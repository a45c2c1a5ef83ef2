/**
 * The writer hears about every decision of the redactie: the real mail task and nodemailer talk to
 * a real SMTP server on loopback, which parses the messages.
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startJobSweep } from '../../src/jobs/jobSweep'
import { richText } from '../../src/seed/richText'
import { startMailWorld, stopMailWorld } from '../helpers/mailWorld'
import type { LocalSmtp } from '../helpers/smtpServer'
import type { World } from '../helpers/world'

let payload: Payload
let world: World
let smtp: LocalSmtp

beforeAll(async () => {
  ;({ smtp, payload, world } = await startMailWorld({ retryBaseMs: 200 }))
  // This file plays the server: failed mails come back through the sweep.
  startJobSweep(payload)
})
afterAll(() => stopMailWorld(payload, smtp))

const asWriter = () => ({ user: world.users.writerA, overrideAccess: false })
const asEditor = () => ({ user: world.users.editorA, overrideAccess: false })
const writerEmail = () => world.users.writerA.email.toLowerCase()

const submittedArticle = async (title: string) => {
  const draft = await payload.create({
    collection: 'articles',
    data: { tenant: world.wijkA.id, title, lead: 'Over de buurt.', body: richText(['Tekst.']), authorName: 'Anouk' } as never,
    ...asWriter(),
  })
  await payload.update({ collection: 'articles', id: draft.id, data: { editorialStatus: 'submitted' }, ...asWriter() })
  return draft
}
const mailAbout = (title: string) => smtp.waitForMail((mail) => mail.envelopeTo.includes(writerEmail()) && (mail.subject ?? '').includes(title), 10_000)
// Only the writer's mails: the redactie is mailed about each submission too (tests/int/redactie/).
const mailsAbout = (title: string) => smtp.messages.filter((mail) => mail.envelopeTo.includes(writerEmail()) && (mail.subject ?? '').includes(title))

describe('the writer is told of each decision by e-mail', () => {
  it('changes requested: the comment and a link to the piece, nothing for the writer’s own saves', async () => {
    const article = await submittedArticle('Marktdag')
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { editorialStatus: 'changes-requested', editorComment: 'Wanneer was het precies?' },
      ...asEditor(),
    })
    const mail = await mailAbout('Marktdag')
    expect(mail.subject).toBe('Graag aanpassen: Marktdag')
    expect(mail.text).toContain('Hallo Anouk,')
    expect(mail.text).toContain('Wanneer was het precies?')
    expect(mail.text).toContain(`/mijn/buurtkrant/${article.id}/`)
    expect(mail.text).toContain('Indienen')
    expect(mail.text).not.toContain('/admin/')

    await payload.update({ collection: 'articles', id: article.id, data: { lead: 'Zaterdag 3 mei.' }, ...asWriter() })
    await payload.update({ collection: 'articles', id: article.id, data: { editorialStatus: 'submitted' }, ...asWriter() })
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(mailsAbout('Marktdag')).toHaveLength(1)
  })

  it('published and rejected', async () => {
    const good = await submittedArticle('Nieuwe bankjes')
    await payload.update({ collection: 'articles', id: good.id, data: { editorialStatus: 'published' }, ...asEditor() })
    expect((await mailAbout('Nieuwe bankjes')).subject).toBe('Geplaatst: Nieuwe bankjes')

    const bad = await submittedArticle('Reclame')
    await payload.update({
      collection: 'articles',
      id: bad.id,
      data: { editorialStatus: 'rejected', rejectionReason: 'Geen reclame in de buurtkrant.' },
      ...asEditor(),
    })
    const mail = await mailAbout('Reclame')
    expect(mail.subject).toBe('Niet geplaatst: Reclame')
    expect(mail.text).toContain('Geen reclame in de buurtkrant.')
  })

  it('a prikbord post that is approved', async () => {
    const post = await payload.create({
      collection: 'posts',
      data: {
        tenant: world.wijkA.id,
        kind: 'aanbod',
        title: 'Gratis kinderfiets',
        body: 'Af te halen.',
        authorName: 'Anouk',
        editorialStatus: 'submitted',
      } as never,
      ...asWriter(),
    })
    await payload.update({ collection: 'posts', id: post.id, data: { editorialStatus: 'published' }, ...asEditor() })
    const mail = await mailAbout('Gratis kinderfiets')
    expect(mail.text).toContain('op het prikbord')
  })

  it('what the writer typed is escaped in the HTML part', async () => {
    const article = await submittedArticle('<b>Vet</b>')
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { editorialStatus: 'changes-requested', editorComment: '<script>x</script>' },
      ...asEditor(),
    })
    const mail = await mailAbout('<b>Vet</b>')
    expect(mail.html).not.toContain('<script>')
    expect(mail.html).toContain('&lt;script&gt;')
  })
})
