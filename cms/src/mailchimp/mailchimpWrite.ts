import type { MailchimpClient } from './mailchimpClient'
import { archiveMember, forgetMember, getMember, type MemberTag, putMember, setMemberTags } from './mailchimpMembers'
import type { SyncTrack } from './recordSyncState'

/**
 * One queued write to Mailchimp (the input of the `mailchimpWrite` job):
 * - `subscribe`: newsletter double opt-in from an anonymous form. A new address becomes a
 *   `pending` member with the name and tags given (Mailchimp mails the confirmation). An existing
 *   member is never changed by it: anyone can type anyone's address, so the form's name and
 *   interests are not the member's word. Only a former member (unsubscribed, archived) is set to
 *   `pending` again, which changes nothing until the owner confirms in Mailchimp's mail; a
 *   subscribed, pending or cleaned member is left exactly as it is.
 * - `upsert`: add or update a member with the given PUT body (e.g. `status_if_new: 'subscribed'`).
 * - `archive`: archive the member (gone already is fine).
 * - `forget`: delete the member permanently (an erasure; gone already is fine).
 * - `tags`: only add/remove tags.
 */
export type MailchimpWrite =
  | { kind: 'subscribe'; audienceId: string; email: string; mergeFields?: Record<string, string>; tags?: string[]; track?: SyncTrack }
  | { kind: 'upsert'; audienceId: string; email: string; body: Record<string, unknown>; tags?: MemberTag[]; track?: SyncTrack }
  | { kind: 'archive'; audienceId: string; email: string; track?: SyncTrack }
  | { kind: 'forget'; audienceId: string; email: string; track?: SyncTrack }
  | { kind: 'tags'; audienceId: string; email: string; tags: MemberTag[]; track?: SyncTrack }

/** Statuses from which a new signup asks for confirmation again. */
const RESUBSCRIBABLE = new Set(['unsubscribed', 'archived'])

const active = (names: string[] = []): MemberTag[] => [...new Set(names)].map((name) => ({ name, status: 'active' as const }))

/** Performs the write; returns a short description of what Mailchimp now holds (the job output). */
export const performMailchimpWrite = async (client: MailchimpClient, write: MailchimpWrite): Promise<string> => {
  const { audienceId, email } = write
  switch (write.kind) {
    case 'subscribe': {
      const before = await getMember(client, audienceId, email)
      if (before && !RESUBSCRIBABLE.has(before.status)) return `${before.status} (unchanged)`
      if (before) {
        // Asks the former member to confirm again; name and tags stay theirs.
        const member = await putMember(client, audienceId, email, { status: 'pending', status_if_new: 'pending' })
        return `${before.status} → ${member.status}`
      }
      const body: Record<string, unknown> = { status_if_new: 'pending' }
      if (write.mergeFields && Object.keys(write.mergeFields).length > 0) body.merge_fields = write.mergeFields
      const member = await putMember(client, audienceId, email, body)
      await setMemberTags(client, audienceId, email, active(write.tags))
      return `new → ${member.status}`
    }
    case 'upsert': {
      const member = await putMember(client, audienceId, email, write.body)
      await setMemberTags(client, audienceId, email, write.tags ?? [])
      return member.status
    }
    case 'archive':
      await archiveMember(client, audienceId, email)
      return 'archived'
    case 'forget':
      await forgetMember(client, audienceId, email)
      return 'deleted permanently'
    case 'tags':
      await setMemberTags(client, audienceId, email, write.tags)
      return 'tags'
  }
}
