/** The jobs queue and task that carry build webhooks; kept apart from any other background work. */
export const WEBHOOK_QUEUE = 'build-webhooks'
export const WEBHOOK_TASK = 'deliverBuildWebhook'

/** Retries until a 2xx: 12 attempts with doubling waits cover about 5.7 hours at the 5 s default. */
export const WEBHOOK_ATTEMPTS = 12
