import type { TaskConfig } from 'payload'

import { MAIL_ATTEMPTS, MAIL_TASK } from '../jobs/queues'
import { mailRetryBaseMs } from './mailSettings'
import { type MailTrack, recordMailState } from './recordMailState'

type MailInput = { to: string; subject: string; text: string; html: string; replyTo?: string | null; track?: MailTrack | null }

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500)

/** Hands one mail to the SMTP server; a failure is written to the document's mail log and retried. */
export const sendMailTask = (): TaskConfig => ({
  slug: MAIL_TASK as never,
  label: 'E-mail versturen',
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'html', type: 'textarea', required: true },
    { name: 'replyTo', type: 'text' },
    { name: 'track', type: 'json' },
  ],
  retries: { attempts: MAIL_ATTEMPTS, backoff: { type: 'exponential', delay: mailRetryBaseMs() } },
  handler: async ({ input, job, req }) => {
    const { to, subject, text, html, replyTo, track } = input as MailInput
    const attempts = (job.totalTried ?? 0) + 1
    try {
      await req.payload.sendEmail({ to, subject, text, html, ...(replyTo ? { replyTo } : {}) })
    } catch (error) {
      const state = attempts > MAIL_ATTEMPTS ? 'failed' : 'retrying'
      if (track) await recordMailState(req.payload, track, { state, attempts, lastError: errorText(error) })
      throw error
    }
    // The mail is out: a failing log write must not fail the job, or the retry would send it twice.
    if (track) {
      await recordMailState(req.payload, track, { state: 'sent', attempts, lastError: null, sentAt: new Date().toISOString() }).catch((error: unknown) =>
        req.payload.logger.error({ err: error, msg: `Mail sent, but its log entry was not updated (${track.collection} ${track.id})` }),
      )
    }
    return { output: {} }
  },
})
