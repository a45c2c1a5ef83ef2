import { isPermanent, toMailchimpError } from '../mailchimpError'

/** Whether a failed Mailchimp call is worth repeating: rate limited, Mailchimp down, or no answer at all. */
export const isTransient = (error: unknown): boolean => !isPermanent(toMailchimpError(error))

/** A failed Mailchimp call in one Dutch line, with Mailchimp's own title and detail when it answered. */
export const describeFailure = (caught: unknown): string => {
  const { status, title, detail } = toMailchimpError(caught)
  const reason = `${title}${detail ? `: ${detail}` : ''}`
  if (status === 0) return `Mailchimp is niet bereikbaar (${detail || title})`
  if (status === 429) return `Mailchimp laat even geen verzoeken toe (429 ${reason})`
  if (status >= 500) return `Mailchimp is tijdelijk niet beschikbaar (${status} ${reason})`
  return `Mailchimp weigerde het verzoek (${status} ${reason})`
}
