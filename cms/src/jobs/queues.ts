/**
 * Every jobs queue of the CMS, with the task that runs on it and how often a job is tried. Each
 * kind of background work has a queue of its own, so a slow one never holds up another; the
 * sweep (jobSweep.ts) runs them all. The tasks themselves live with their feature (webhook/,
 * email/, mailchimp/) and are registered in payload.config.ts.
 */

/** The jobs queue and task that carry build webhooks; kept apart from any other background work. */
export const WEBHOOK_QUEUE = 'build-webhooks'
export const WEBHOOK_TASK = 'deliverBuildWebhook'

/** Retries until a 2xx: 12 attempts with doubling waits cover about 5.7 hours at the 5 s default. */
export const WEBHOOK_ATTEMPTS = 12

/** The jobs queue and task that carry outgoing mail; apart from build webhooks. */
export const MAIL_QUEUE = 'mail'
export const MAIL_TASK = 'sendMail'

/** Ten attempts with doubling waits: at the 30 s default about 8.5 hours before a mail is given up. */
export const MAIL_ATTEMPTS = 10

/** The jobs queue and task that carry every write to Mailchimp. */
export const MAILCHIMP_QUEUE = 'mailchimp'
export const MAILCHIMP_TASK = 'mailchimpWrite'

/** Ten attempts with doubling waits: at the 30 s default about 8.5 hours of outage before a write is given up. */
export const MAILCHIMP_ATTEMPTS = 10

/** Every queue the sweep looks after. */
export const QUEUES = [WEBHOOK_QUEUE, MAIL_QUEUE, MAILCHIMP_QUEUE] as const
