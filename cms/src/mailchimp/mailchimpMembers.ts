import { callMailchimp, type MailchimpClient } from './mailchimpClient'
import { MailchimpError } from './mailchimpError'
import { subscriberHash } from './subscriberHash'

/** Statuses a Mailchimp audience member can have. */
type MemberStatus = 'subscribed' | 'pending' | 'unsubscribed' | 'cleaned' | 'archived' | 'transactional'

export type Member = { id: string; email_address: string; status: MemberStatus; merge_fields?: Record<string, unknown>; tags?: { id?: number; name: string }[] }

/** A tag to add (`active`) or remove (`inactive`) on a member. */
export type MemberTag = { name: string; status: 'active' | 'inactive' }

/** The member, or null when the address is not in the audience (404). */
export const getMember = async (client: MailchimpClient, audienceId: string, email: string): Promise<Member | null> => {
  try {
    return (await callMailchimp(() => client.lists.getListMember(audienceId, subscriberHash(email)))) as unknown as Member
  } catch (error) {
    if (error instanceof MailchimpError && error.status === 404) return null
    throw error
  }
}

/**
 * Adds or updates a member (PUT, idempotent). `status_if_new` applies only to a new address;
 * `status` also changes an existing one. Tags are not part of this call (see setMemberTags).
 */
export const putMember = async (client: MailchimpClient, audienceId: string, email: string, body: Record<string, unknown>): Promise<Member> =>
  (await callMailchimp(() => client.lists.setListMember(audienceId, subscriberHash(email), { email_address: email, ...body }))) as unknown as Member

/** Adds and removes tags; tags not named are left alone. */
export const setMemberTags = async (client: MailchimpClient, audienceId: string, email: string, tags: MemberTag[]): Promise<void> => {
  if (tags.length === 0) return
  await callMailchimp(() => client.lists.updateListMemberTags(audienceId, subscriberHash(email), { tags }))
}

/** A delete that finds the member gone already has nothing left to do. */
const goneIsDone = async (call: () => Promise<unknown>): Promise<void> => {
  try {
    await callMailchimp(call)
  } catch (error) {
    if (error instanceof MailchimpError && error.status === 404) return
    throw error
  }
}

/** Archives a member (DELETE; reversible in Mailchimp). Already gone counts as done. */
export const archiveMember = (client: MailchimpClient, audienceId: string, email: string): Promise<void> =>
  goneIsDone(() => client.lists.deleteListMember(audienceId, subscriberHash(email)))

/**
 * Deletes the member for good (an erasure under the AVG): Mailchimp keeps no profile and refuses to
 * add the address again through the API ("Forgotten Email Not Subscribed"); the person can sign up
 * again through Mailchimp's own form. Already gone counts as done.
 */
export const forgetMember = (client: MailchimpClient, audienceId: string, email: string): Promise<void> =>
  goneIsDone(() => client.lists.deleteListMemberPermanent(audienceId, subscriberHash(email)))
