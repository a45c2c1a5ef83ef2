/** A failed Mailchimp call as the API describes it (`{ type, title, status, detail }`); status 0 = no answer. */
export type MailchimpFailure = { status: number; title: string; detail: string }

export class MailchimpError extends Error {
  readonly status: number
  readonly title: string
  readonly detail: string
  constructor({ status, title, detail }: MailchimpFailure) {
    super(`Mailchimp ${status || 'unreachable'}: ${title}${detail ? ` (${detail})` : ''}`)
    this.name = 'MailchimpError'
    this.status = status
    this.title = title
    this.detail = detail
  }
}

/** A failed call in one line for a job's log and a document's sync state: "400 Invalid Resource: …". */
export const describeMailchimpError = ({ status, title, detail }: MailchimpFailure): string =>
  `${status || 'geen antwoord'} ${title}${detail ? `: ${detail}` : ''}`.slice(0, 500)

type SuperagentError = { status?: number; message?: string; code?: string; response?: { body?: { title?: string; detail?: string; status?: number } } }

/** Maps whatever the official client rejected with (HTTP error, timeout, refused connection). */
export const toMailchimpError = (error: unknown): MailchimpError => {
  if (error instanceof MailchimpError) return error
  const { status, message, code, response } = (error ?? {}) as SuperagentError
  const body = response?.body
  if (typeof status === 'number' && status > 0) {
    return new MailchimpError({ status, title: body?.title ?? `HTTP ${status}`, detail: (body?.detail ?? '').slice(0, 500) })
  }
  return new MailchimpError({ status: 0, title: 'Mailchimp niet bereikbaar', detail: (code ?? message ?? String(error)).slice(0, 500) })
}

/**
 * Errors a retry will never fix: invalid or fake-looking addresses, a permanently deleted contact
 * ("Forgotten Email Not Subscribed"), compliance state, unknown audience. 429 and 5xx are retried.
 */
export const isPermanent = (error: MailchimpError): boolean =>
  error.status === 400 || error.status === 401 || error.status === 403 || error.status === 404 || error.status === 405 || error.status === 422
