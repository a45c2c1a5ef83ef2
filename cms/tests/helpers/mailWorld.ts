import type { Payload } from 'payload'

import { startPayloadWorld } from './payload'
import { type LocalSmtp, startLocalSmtp } from './smtpServer'

/**
 * A real SMTP server on loopback, the environment that points nodemailer at it (set before Payload
 * starts, which reads it), and Payload with the two-wijk test world. `retryBaseMs`: how soon a failed
 * mail is tried again (MAIL_RETRY_BASE_MS). A file that plays the server starts the job sweep itself.
 */
export const startMailWorld = async ({ retryBaseMs }: { retryBaseMs?: number } = {}) => {
  const smtp = await startLocalSmtp()
  process.env.SMTP_URL = smtp.url
  if (retryBaseMs !== undefined) process.env.MAIL_RETRY_BASE_MS = String(retryBaseMs)
  return { smtp, ...(await startPayloadWorld()) }
}

export const stopMailWorld = async (payload: Payload | undefined, smtp: LocalSmtp | undefined) => {
  await payload?.destroy()
  await smtp?.stop()
}
