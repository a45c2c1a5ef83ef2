import type { PayloadRequest } from 'payload'

import { queueMail } from '../email/queueMail'
import type { MailContent } from './mails/mailHtml'

/**
 * Account mails go through the mail queue (stored with the request, retried while the SMTP server is
 * away, visible in the admin), like every mail of the platform.
 */
export const sendAccountMail = (req: PayloadRequest, to: string, mail: MailContent): Promise<void> =>
  queueMail(req, { to, subject: mail.subject, text: mail.text, html: mail.html })
