/** The jobs queue and task that carry outgoing mail; apart from build webhooks. */
export const MAIL_QUEUE = 'mail'
export const MAIL_TASK = 'sendMail'

/** Ten attempts with doubling waits: at the 30 s default about 8.5 hours before a mail is given up. */
export const MAIL_ATTEMPTS = 10
