import type { PayloadRequest } from 'payload'

import { MAIL_QUEUE, MAILCHIMP_QUEUE } from '../jobs/queues'
import { PAGE_SIZE } from './retention/deleteInPages'
import { finishedJobs } from './retention/finishedJobs'

/** The queues whose job input holds a person's address: mail (`to`, `replyTo`, the text) and Mailchimp writes (`email`). */
const PERSONAL_QUEUES = [MAIL_QUEUE, MAILCHIMP_QUEUE] as const

const ADDRESS_FIELDS = ['to', 'replyTo', 'email'] as const
const TEXT_FIELDS = ['subject', 'text'] as const

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Whether a job's input is about this (lower-case) address: as recipient, reply-to or Mailchimp
 * member, in any letter case, or written in the mail's subject or text (the mail about an aanvraag
 * to the organisation quotes the resident's address). `ann@x.nl` does not match `jann@x.nl`.
 */
const mentionsAddress = (input: unknown, email: string): boolean => {
  if (!input || typeof input !== 'object') return false
  const fields = input as Record<string, unknown>
  if (ADDRESS_FIELDS.some((key) => typeof fields[key] === 'string' && fields[key].trim().toLowerCase() === email)) return true
  const inText = new RegExp(`(^|[^a-z0-9._%+-])${escape(email)}(?![a-z0-9_-]|\\.[a-z0-9])`, 'i')
  return TEXT_FIELDS.some((key) => typeof fields[key] === 'string' && inText.test(fields[key]))
}

/** Ids of the finished mail and Mailchimp jobs about this address, read a page at a time. */
const finishedJobsAbout = async (req: PayloadRequest, email: string): Promise<(number | string)[]> => {
  const ids: (number | string)[] = []
  const where = { and: [{ queue: { in: [...PERSONAL_QUEUES] } }, finishedJobs] }
  for (let page = 1; ; page += 1) {
    const result = await req.payload.find({
      collection: 'payload-jobs',
      where,
      sort: 'id',
      limit: PAGE_SIZE,
      page,
      depth: 0,
      select: { input: true },
      overrideAccess: true,
      req,
    })
    ids.push(...result.docs.filter((job) => mentionsAddress(job.input, email)).map((job) => job.id))
    if (!result.hasNextPage) return ids
  }
}

/**
 * Erasure: removes the finished mail and Mailchimp jobs whose input is about this address (the job
 * rows keep the address and the mail's text). Pending and retrying jobs stay: they are still on
 * their way and are removed by the retention pass once finished. Jobs belong to no wijk and only
 * admins can read them, so they are removed with the system's rights for every editor who erases.
 */
export const eraseFinishedJobsOf = async (req: PayloadRequest, email: string): Promise<number> => {
  const ids = await finishedJobsAbout(req, email.trim().toLowerCase())
  let removed = 0
  for (let start = 0; start < ids.length; start += PAGE_SIZE) {
    const where = { id: { in: ids.slice(start, start + PAGE_SIZE) } }
    removed += (await req.payload.delete({ collection: 'payload-jobs', where, depth: 0, select: { createdAt: true }, overrideAccess: true, req })).docs.length
  }
  return removed
}
