/**
 * A process runs the jobs it queues right after their commit (src/jobs/jobRunner.ts). One run once did
 * a single batch of ten: a burst of prikbord reactions left seven mails for a sweep that a process
 * without one never runs. One call must leave no due job behind.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runMailJobs } from '../../src/email/runMailJobs'
import { MAIL_QUEUE, MAIL_TASK } from '../../src/jobs/queues'
import type { LocalSmtp } from '../helpers/smtpServer'
import { startMailWorld, stopMailWorld } from '../helpers/mailWorld'

let payload: Payload
let smtp: LocalSmtp

beforeAll(async () => {
  ;({ payload, smtp } = await startMailWorld())
})
afterAll(() => stopMailWorld(payload, smtp))

const mailJobs = async (completed: boolean) =>
  (await payload.count({ collection: 'payload-jobs', where: { queue: { equals: MAIL_QUEUE }, completedAt: { exists: completed } }, overrideAccess: true }))
    .totalDocs

describe('the job runner', () => {
  it('sends a burst of 25 queued mails in one run, not only the first batch of ten', async () => {
    for (let i = 1; i <= 25; i++) {
      const mail = { to: `buur${i}@example.nl`, subject: `Reactie ${i}`, text: 'Hallo', html: '<p>Hallo</p>' }
      await payload.jobs.queue({ task: MAIL_TASK as never, queue: MAIL_QUEUE, input: mail as never })
    }
    expect(await mailJobs(false)).toBe(25)
    await runMailJobs(payload)
    expect(await mailJobs(false)).toBe(0)
    expect(await mailJobs(true)).toBe(25)
    await smtp.waitForMail((mail) => mail.subject === 'Reactie 25')
  })
})
