/**
 * The status a new member of a network audience gets (`status_if_new`; an existing member's status
 * is never changed, so an organisation that unsubscribed stays unsubscribed).
 *
 * - `pending` (default): Mailchimp asks the address once to confirm (double opt-in). Mailchimp's terms
 *   ask for permission before anyone is added as subscribed; a published contact address alone is
 *   not that permission.
 * - `subscribed`: only for a wijk that has the organisations' permission on record (for example in the
 *   network agreement they signed) — the legitimate-interest basis documented in the README.
 *
 * `transactional` is not offered: Mailchimp sends no campaigns to such contacts, which defeats the
 * point of the network audience.
 */
export type NetworkStatus = 'pending' | 'subscribed'

export const networkStatusIfNew = (): NetworkStatus => (process.env.MAILCHIMP_NETWORK_STATUS?.trim() === 'subscribed' ? 'subscribed' : 'pending')
