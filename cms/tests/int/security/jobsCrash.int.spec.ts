/**
 * Issue 15, finding 5: jobs were lost after a crash and could run twice. A run marked its jobs
 * `processing` and nothing ever reset them, so a CMS killed mid-mail never sent that mail; every
 * process that booted Payload swept the queue, claiming jobs with a read followed by a write.
 * Now each job is claimed with a lease that its worker renews while it works (jobs/lease.ts,
 * jobs/runDueJobs.ts): a dead worker's jobs come back when the lease runs out, and a claim is a
 * unique insert, which only one process can win. Only the server sweeps (src/instrumentation.ts).
 *
 * The CMS processes here are real: tests/helpers/jobWorker.ts boots the real Payload config and
 * starts the sweep as the server does, on this file's database, against real SMTP servers.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { acquireLease } from '../../../src/jobs/lease'
import { MAIL_QUEUE, MAIL_TASK } from '../../../src/jobs/queues'
import { startPayload } from '../../helpers/payload'
import { startSilentSmtp } from '../../helpers/silentSmtp'
import { type LocalSmtp, startLocalSmtp } from '../../helpers/smtpServer'
import { type JobWorker, startJobWorker } from '../../helpers/startJobWorker'
import { until } from '../../helpers/until'

let payload: Payload
let sink: LocalSmtp
const workers: JobWorker[] = []

/** Short enough that a dead worker's job comes back quickly; the holder renews it every third. */
const LEASE_MS = '1500'

const worker = async (env: Record<string, string>) => {
  const started = await startJobWorker({ JOBS_LEASE_MS: LEASE_MS, MAIL_RETRY_BASE_MS: '60000', ...env })
  workers.push(started)
  return started
}

/** Queued straight into the database, as a request's transaction does; this process runs nothing. */
const queueMailJob = async (subject: string): Promise<{ id: number | string }> =>
  (await payload.jobs.queue({
    task: MAIL_TASK as never,
    queue: MAIL_QUEUE,
    input: { to: 'bewoner@example.nl', subject, text: subject, html: `<p>${subject}</p>` } as never,
  })) as { id: number | string }

const jobOf = (id: number | string) => payload.findByID({ collection: 'payload-jobs', id, depth: 0, overrideAccess: true })

const received = (subject: string) => sink.messages.filter((mail) => mail.subject === subject).length

beforeAll(async () => {
  sink = await startLocalSmtp()
  // This process plays no server: whatever it would send would still land in the sink and be counted.
  process.env.SMTP_URL = sink.url
  payload = await startPayload()
})

afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()))
  await payload?.destroy()
  await sink?.stop()
})

describe('jobs survive a crash and run once', () => {
  it('a CMS killed with SIGKILL while a mail is in flight: after the restart the mail is sent exactly once', async () => {
    const silent = await startSilentSmtp()
    try {
      const first = await worker({ SMTP_URL: silent.url })
      const job = await queueMailJob('Bevestiging na een crash')
      // The first CMS has the mail in flight: connected to an SMTP server that never answers.
      await until(() => silent.connections() > 0, 30_000)
      await first.kill()

      await worker({ SMTP_URL: sink.url })
      await until(async () => !!(await jobOf(job.id)).completedAt, 30_000)
      expect(received('Bevestiging na een crash')).toBe(1)
      expect(await jobOf(job.id)).toMatchObject({ processing: false, hasError: false })
    } finally {
      await Promise.all(workers.splice(0).map((w) => w.stop()))
      await silent.stop()
    }
  })

  it('two CMS processes sweeping one database never send a mail twice', async () => {
    const subjects = Array.from({ length: 12 }, (_, index) => `Nieuwsbericht ${index + 1}`)
    await Promise.all([worker({ SMTP_URL: sink.url }), worker({ SMTP_URL: sink.url })])
    const jobs: Array<{ id: number | string }> = []
    for (const subject of subjects) jobs.push(await queueMailJob(subject))
    await until(async () => (await Promise.all(jobs.map((job) => jobOf(job.id)))).every((job) => !!job.completedAt), 60_000)
    for (const subject of subjects) expect(received(subject), subject).toBe(1)
  })

  it('of many claims on one job at the same moment, exactly one wins', async () => {
    const claims = await Promise.all(Array.from({ length: 8 }, () => acquireLease(payload, 'job:race-test')))
    expect(claims.filter(Boolean)).toHaveLength(1)
    // Released, it can be claimed again; held, it cannot.
    await claims.find(Boolean)!.release()
    const next = await acquireLease(payload, 'job:race-test')
    expect(next).not.toBeNull()
    expect(await acquireLease(payload, 'job:race-test')).toBeNull()
  })
})
