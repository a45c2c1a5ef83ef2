import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

import { CONSOLE_MAIL, emailFrom, smtpUrl } from './mailSettings'

const isProduction = () => process.env.NODE_ENV === 'production'

/** Payload's own fallback when no adapter is configured: it logs each mail instead of sending it. */
const consoleAdapter =
  (reason: string): EmailAdapter =>
  ({ payload }) => {
    payload.logger.warn(`E-mail wordt niet verstuurd maar gelogd (${reason}). Zet SMTP_URL om echt te mailen.`)
    const { name, address } = emailFrom()
    return {
      name: 'console',
      defaultFromAddress: address,
      defaultFromName: name,
      sendEmail: async (message) => {
        payload.logger.info({ msg: 'E-mail (niet verstuurd)', to: message.to, subject: message.subject, text: message.text })
        return { logged: true }
      },
    }
  }

/** Fails at start-up (not at build time, which imports the config without the server's env). */
const missingInProduction: EmailAdapter = () => {
  throw new Error('SMTP_URL is not set. Mail is required in production; set SMTP_URL (or SMTP_URL=console to only log mail). See .env.example.')
}

/**
 * The CMS's mail: nodemailer over SMTP from `SMTP_URL`, sender from `EMAIL_FROM`. Without
 * `SMTP_URL` development logs mail to the console and says so at start-up; production refuses to start.
 * `skipVerify`: an SMTP server that is down at start-up must not stop the CMS (mail jobs retry).
 */
export const emailAdapter = (): EmailAdapter | Promise<EmailAdapter> => {
  const url = smtpUrl()
  if (url === CONSOLE_MAIL) return consoleAdapter('SMTP_URL=console')
  if (!url) return isProduction() ? missingInProduction : consoleAdapter('SMTP_URL is niet gezet')
  const { name, address } = emailFrom()
  // Short timeouts: a mail job that hangs on a dead server holds up the ones queued after it.
  const transport = nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 })
  return nodemailerAdapter({ defaultFromAddress: address, defaultFromName: name, transport, skipVerify: true })
}
