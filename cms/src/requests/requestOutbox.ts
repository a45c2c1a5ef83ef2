import type { Payload } from 'payload'

import { idOf } from '../access/roles'
import type { MailLogRow } from '../email/mailLogField'
import { MAIL_QUEUE, MAIL_TASK } from '../jobs/queues'
import { acquireLease, whileHolding } from '../jobs/lease'
import type { RequestInput } from './requestSchema'
import { type RequestMail, type RequestSubject, editorMail, organisationMail, residentMail } from './requestMails'

/**
 * An aanvraag is its own outbox: it is stored with `mailsWaiting` and a mail log row per recipient,
 * and its mails are queued from the stored document afterwards. A crash between the two leaves
 * `mailsWaiting` set, and the job sweep finishes it (flushWaitingRequestMails). Each mail is
 * queued at most once: the mail job names its aanvraag and log row (its `track`), and a row that
 * already has a job is skipped; the lease keeps two workers from queueing one aanvraag at once.
 */
type StoredRequest = {
  id: number
  tenant: unknown
  kind: RequestInput['kind']
  name: string
  email: string
  phone?: string | null
  message?: string | null
  organisation?: unknown
  event?: unknown
  mailsWaiting?: boolean | null
  mailLog?: MailLogRow[] | null
}

const outboxResource = (id: number | string) => `aanvraag-mails:${id}`

const titleOf = async (payload: Payload, collection: 'events' | 'organisations', ref: unknown): Promise<string | null> => {
  const id = idOf(ref as never)
  if (!id) return null
  const doc = await payload.findByID({ collection, id, depth: 0, overrideAccess: true, disableErrors: true })
  return doc ? ((doc as { title?: string; name?: string }).title ?? (doc as { name?: string }).name ?? null) : null
}

/** The same mails the form's submission rendered, from what was stored. */
const mailsOf = async (payload: Payload, request: StoredRequest): Promise<RequestMail[]> => {
  const wijk = await payload.findByID({
    collection: 'wijken',
    id: idOf(request.tenant as never) as number,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  const about: RequestSubject = {
    wijkName: wijk?.name ?? '',
    targetName: (await titleOf(payload, 'events', request.event)) ?? (await titleOf(payload, 'organisations', request.organisation)),
  }
  const input = {
    kind: request.kind,
    name: request.name,
    email: request.email,
    phone: request.phone ?? undefined,
    message: request.message ?? '',
  } as RequestInput
  return (request.mailLog ?? []).flatMap((row): RequestMail[] => {
    if (row.key === 'organisation') return [organisationMail(row.to, input, about)]
    if (row.key === 'resident') return [residentMail(input, about)]
    const editor = /^editor-(\d+)$/.exec(row.key)
    return editor ? [editorMail(row.to, Number(editor[1]), input, about)] : []
  })
}

/** The log rows of this aanvraag that already have a mail job (queued, sent or given up). */
const queuedKeysOf = async (payload: Payload, id: number): Promise<Set<string>> => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: MAIL_TASK } }, { 'input.track.collection': { equals: 'requests' } }, { 'input.track.id': { equals: String(id) } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return new Set(docs.map((job) => (job.input as { track?: { key?: string } } | null)?.track?.key ?? ''))
}

/**
 * Queues every mail of aanvraag `id` that has no job yet, then clears `mailsWaiting`. Returns false
 * when another worker holds this aanvraag's outbox (it finishes it) or nothing was waiting.
 */
export const queueRequestMails = async (payload: Payload, id: number): Promise<boolean> => {
  const resource = outboxResource(id)
  const lease = await acquireLease(payload, resource)
  if (!lease) return false
  return whileHolding(payload, lease, resource, async () => {
    const request = (await payload.findByID({ collection: 'requests', id, depth: 0, overrideAccess: true, disableErrors: true })) as StoredRequest | null
    if (!request?.mailsWaiting) return false
    const queued = await queuedKeysOf(payload, id)
    for (const { key, purpose: _purpose, ...mail } of await mailsOf(payload, request)) {
      if (queued.has(key)) continue
      await payload.jobs.queue({
        task: MAIL_TASK as never,
        queue: MAIL_QUEUE,
        input: { ...mail, track: { collection: 'requests', id: String(id), key } } as never,
      })
    }
    await payload.update({ collection: 'requests', id, data: { mailsWaiting: false } as never, overrideAccess: true, depth: 0, context: { mailLogOnly: true } })
    return true
  })
}

/** The sweep's repair: aanvragen a crash left with mails not (all) queued. */
export const flushWaitingRequestMails = async (payload: Payload): Promise<void> => {
  const { docs } = await payload.find({
    collection: 'requests',
    where: { mailsWaiting: { equals: true } },
    limit: 20,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { id: true } as never,
  })
  for (const { id } of docs) await queueRequestMails(payload, id as number)
}
