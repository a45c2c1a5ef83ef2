import type { MailchimpClient } from '../mailchimpClient'
import { archiveMember, type MemberTag, putMember, setMemberTags } from '../mailchimpMembers'
import type { NetworkMember } from './networkMember'
import { networkStatusIfNew } from './networkStatus'
import { staleTags } from './planReconcile'

/**
 * Makes one address in a network audience what the CMS says: archived when no published
 * organisation of the wijk has it; otherwise added or updated (merge fields NAME and ORG), with
 * exactly the wijk and theme tags (tags it no longer has are removed). Idempotent: safe to retry.
 */
export const syncNetworkMember = async (
  client: MailchimpClient,
  audienceId: string,
  email: string,
  wanted: NetworkMember | null,
): Promise<'archived' | 'upserted'> => {
  if (!wanted) {
    await archiveMember(client, audienceId, email)
    return 'archived'
  }
  const member = await putMember(client, audienceId, wanted.email, { status_if_new: networkStatusIfNew(), merge_fields: wanted.mergeFields })
  const current = (member.tags ?? []).map((tag) => tag.name)
  const tags: MemberTag[] = [
    ...wanted.tags.map((name) => ({ name, status: 'active' as const })),
    ...staleTags(current, wanted.tags).map((name) => ({ name, status: 'inactive' as const })),
  ]
  await setMemberTags(client, audienceId, wanted.email, tags)
  return 'upserted'
}
