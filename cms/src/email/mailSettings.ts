/**
 * Mail settings from the environment. `SMTP_URL` is a nodemailer connection URL
 * (`smtp://user:pass@host:587`, `smtps://…:465`); `console` logs mail instead of sending it.
 */
const DEFAULT_EMAIL_FROM = 'Wijkplatform <noreply@wijkplatform.localhost>'

/** Logs every mail to the console instead of sending it (local demo, seed, tests without SMTP). */
export const CONSOLE_MAIL = 'console'

export const smtpUrl = (): string | null => process.env.SMTP_URL?.trim() || null

/** `Name <address>` or a bare address, split for Payload's adapter. */
export const emailFrom = (): { name: string; address: string } => {
  const value = process.env.EMAIL_FROM?.trim() || DEFAULT_EMAIL_FROM
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(value)
  return match ? { name: match[1] || 'Wijkplatform', address: match[2]! } : { name: 'Wijkplatform', address: value }
}

/** First wait before retrying a mail that could not be handed to the SMTP server; doubles each attempt. */
export const mailRetryBaseMs = (): number => Number(process.env.MAIL_RETRY_BASE_MS) || 30_000
