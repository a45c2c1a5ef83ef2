/**
 * Issue 15, finding 12 (aanvragen): an aanvraag was stored and then its mails were queued one by
 * one, so a crash in between left mails that were never queued. Now the stored aanvraag is the
 * outbox: it is written with `mailsWaiting` and a mail log row per recipient, its mails are queued
 * from the stored document, and the job sweep finishes any aanvraag a crash left waiting, queueing
 * each (aanvraag, recipient) mail at most once (requests/requestOutbox.ts).
 */
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAIL_QUEUE, MAIL_TASK } from '../../../src/jobs/queues'
import { startJobSweep } from '../../../src/jobs/jobSweep'
import { startMailWorld, stopMailWorld } from '../../helpers/mailWorld'
import type { LocalSmtp } from '../../helpers/smtpServer'
import { until } from '../../helpers/until'
import type { World } from '../../helpers/world'

let payload: Payload
let world: World
let sink: LocalSmtp

const ORGANISATION_EMAIL = 'info@dekabel.example'

type Row = { key: string; to: string; state: string }

const requestOf = async (id: number) =>
  (await payload.findByID({ collection: 'requests', id, depth: 0, overrideAccess: true })) as unknown as { mailsWaiting?: boolean; mailLog: Row[] }

const mailJobsOf = async (id: number) =>
  (await payload.find({ collection: 'payload-jobs', where: { 'input.track.id': { equals: String(id) } }, pagination: false, depth: 0, overrideAccess: true }))
    .docs

/** Mails in the sink to `to`; for the shared addresses only those about this resident (named in the subject). */
const mailsTo = (to: string, resident?: string) =>
  sink.messages.filter((mail) => mail.envelopeTo.includes(to) && (!resident || `${mail.subject}`.includes(resident)))

const allSent = async (id: number) => {
  const request = await requestOf(id)
  return request.mailsWaiting === false && request.mailLog.length > 0 && request.mailLog.every((row) => row.state === 'sent')
}

beforeAll(async () => {
  ;({ smtp: sink, payload, world } = await startMailWorld())
  await payload.update({ collection: 'organisations', id: world.orgA1.id, data: { contact: { email: ORGANISATION_EMAIL } } as never, overrideAccess: true })
  // This file plays the server: it runs the job sweep, as src/instrumentation.ts does.
  startJobSweep(payload)
})

afterAll(() => stopMailWorld(payload, sink))

describe('an aanvraag gets all its mails, each once, even after a crash', () => {
  it('a crash after storing the aanvraag and queueing one of its mails: the sweep queues the others, each exactly once', async () => {
    const resident = 'Karim Crashtest'
    const rows = [
      { key: 'organisation', to: ORGANISATION_EMAIL, purpose: 'Organisatie', state: 'pending', attempts: 0 },
      { key: 'editor-0', to: world.users.editorA.email, purpose: 'Redactie', state: 'pending', attempts: 0 },
      { key: 'resident', to: 'karim@example.nl', purpose: 'Bevestiging aan bewoner', state: 'pending', attempts: 0 },
    ]
    // What the form's process left behind when it died: the aanvraag, still waiting, and the first mail's job.
    const request = await payload.create({
      collection: 'requests',
      data: {
        tenant: world.wijkA.id,
        kind: 'join',
        name: resident,
        email: 'karim@example.nl',
        message: 'Ik kook graag mee.',
        organisation: world.orgA1.id,
        event: world.eventA1.id,
        mailLog: rows,
        mailsWaiting: true,
      } as never,
      overrideAccess: true,
    })
    await payload.jobs.queue({
      task: MAIL_TASK as never,
      queue: MAIL_QUEUE,
      input: {
        to: ORGANISATION_EMAIL,
        subject: `Nieuwe aanvraag: ${resident} wil meedoen`,
        text: resident,
        html: `<p>${resident}</p>`,
        track: { collection: 'requests', id: String(request.id), key: 'organisation' },
      } as never,
    })

    await until(() => allSent(request.id), 30_000)
    expect(mailsTo(ORGANISATION_EMAIL, resident)).toHaveLength(1)
    expect(mailsTo(world.users.editorA.email, resident)).toHaveLength(1)
    expect(mailsTo('karim@example.nl')).toHaveLength(1)
    expect((await mailJobsOf(request.id)).map((job) => (job.input as { track: { key: string } }).track.key).sort()).toEqual([
      'editor-0',
      'organisation',
      'resident',
    ])
  })

  it('a form post through the REST handler stores the aanvraag, queues its mails once and clears the outbox flag', async () => {
    const resident = 'Noor Formulier'
    const response = await handleEndpoints({
      config: payload.config,
      request: new Request('http://cms.test/api/aanvragen', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({
          kind: 'join',
          name: resident,
          email: 'noor@example.nl',
          message: 'Ik doe graag mee.',
          event: String(world.eventA1.id),
          wijk: 'delfshaven',
          consent: 'on',
        }),
      }),
    })
    expect(response.status).toBe(200)
    const stored = (await payload.find({ collection: 'requests', where: { name: { equals: resident } }, depth: 0, overrideAccess: true })).docs[0]!
    expect((await requestOf(stored.id)).mailsWaiting).toBe(false)
    await until(() => allSent(stored.id), 30_000)
    for (const to of [ORGANISATION_EMAIL, world.users.editorA.email]) expect(mailsTo(to, resident), to).toHaveLength(1)
    expect(mailsTo('noor@example.nl')).toHaveLength(1)
    expect(await mailJobsOf(stored.id)).toHaveLength(3)
  })
})
