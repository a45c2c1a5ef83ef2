/** The jobs queue and task that carry every write to Mailchimp. */
export const MAILCHIMP_QUEUE = 'mailchimp'
export const MAILCHIMP_TASK = 'mailchimpWrite'

/** Ten attempts with doubling waits: at the 30 s default about 8.5 hours of outage before a write is given up. */
export const MAILCHIMP_ATTEMPTS = 10
