import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { amsterdamDateKey, amsterdamWallTime } from '@wijk/shared/time'

import { renderMail } from '../email/mailMessage'
import { queueMail } from '../email/queueMail'
import { acquireLease, whileHolding } from '../jobs/lease'
import { editorsToMail, type EditorToMail } from './editorsToMail'
import { waitedInWords } from './reviewKinds'
import { digestMail } from './submissionMails'
import { waitingItems } from './waitingItems'

/** The daily mail goes out from this hour on (Amsterdam), so it is there when the redactie starts the day. */
const DIGEST_HOUR = 7

export type DigestRun = { sent: number; nothingWaits: number; alreadySent: number; busy: number }

type Outcome = keyof DigestRun

const sentOnOf = async (payload: Payload, editorId: number | string) => {
  const user = await payload.findByID({ collection: 'users', id: editorId, depth: 0, overrideAccess: true, disableErrors: true })
  return (user as { submissionDigestSentOn?: string | null } | null)?.submissionDigestSentOn ?? null
}

/**
 * One editor's mail of the day. The claim (`redactie-digest:<editor>:<day>`, see jobs/lease.ts)
 * makes sure only one process works on it at a time; the day written on the account
 * (`submissionDigestSentOn`) before the mail is queued makes sure a second run, in this process or
 * another, later today or after a crash, never sends it again. Writing the day and queueing the mail
 * share one transaction where the database has them; without, a crash between the two loses that
 * day's mail rather than sending it twice.
 */
const digestFor = async (payload: Payload, editor: EditorToMail, now: Date, day: string): Promise<Outcome> => {
  // Read with the editors first: once today's mail is out, no claim is even tried.
  if (editor.digestSentOn === day) return 'alreadySent'
  const resource = `redactie-digest:${editor.id}:${day}`
  const lease = await acquireLease(payload, resource)
  if (!lease) return 'busy'
  return whileHolding(payload, lease, resource, async (): Promise<Outcome> => {
    if ((await sentOnOf(payload, editor.id)) === day) return 'alreadySent'
    const items = await waitingItems(payload, { wijkIds: editor.tenants, now })
    const wijkNames = [...new Set(items.map((item) => item.wijkName))]
    const { subject, ...content } = digestMail(
      editor.name,
      items.map((item) => ({ ...item, waited: waitedInWords(item.submittedAt, now) })),
      wijkNames,
    )
    const req = await createLocalReq({}, payload)
    const ownTransaction = await initTransaction(req)
    try {
      // The day is done also when nothing waits: what comes in later is in tomorrow's mail.
      await payload.update({ collection: 'users', id: editor.id, data: { submissionDigestSentOn: day } as never, overrideAccess: true, depth: 0, req })
      if (items.length > 0) await queueMail(req, { to: editor.email, subject, ...renderMail(content) })
      if (ownTransaction) await commitTransaction(req)
    } catch (error) {
      if (ownTransaction) await killTransaction(req)
      throw error
    }
    return items.length > 0 ? 'sent' : 'nothingWaits'
  })
}

/**
 * Sends each editor who chose "Eén mail per dag" one mail with everything that waits in their
 * wijken, at most once per Amsterdam day (`now` decides the day; tests pass their own). Nothing
 * waits at that moment: no mail that day. One editor's failure is logged and does not stop the others; the next run tries
 * again.
 */
export const sendDailyDigests = async (payload: Payload, now = new Date()): Promise<DigestRun> => {
  const day = amsterdamDateKey(now)
  const run: DigestRun = { sent: 0, nothingWaits: 0, alreadySent: 0, busy: 0 }
  for (const editor of await editorsToMail(payload, 'daily')) {
    try {
      run[await digestFor(payload, editor, now, day)]++
    } catch (error) {
      payload.logger.error({ err: error, msg: `The redactie's daily mail for editor ${editor.id} failed; the next run tries again` })
    }
  }
  return run
}

const lastChecks = new WeakMap<Payload, number>()

/** The sweep runs every second; the digest looks once a minute. */
const CHECK_EVERY_MS = 60_000

/**
 * Registered with the server's sweep (payload.config.ts, `everySweep`): from DIGEST_HOUR on, once a
 * minute, sends the daily mails not sent yet today. Cheap once they are out: one query for the
 * editors, nothing more.
 */
export const sendDailyDigestsWhenDue = async (payload: Payload, now = new Date()): Promise<void> => {
  const last = lastChecks.get(payload) ?? 0
  if (now.getTime() - last < CHECK_EVERY_MS) return
  lastChecks.set(payload, now.getTime())
  if (amsterdamWallTime(now).hour < DIGEST_HOUR) return
  await sendDailyDigests(payload, now)
}
