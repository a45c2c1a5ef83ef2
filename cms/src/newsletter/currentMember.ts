import { mailchimpClient } from '../mailchimp/mailchimpClient'
import { getMember, type MemberStatus } from '../mailchimp/mailchimpMembers'

/** Short: a resident waits for this answer; an unreachable Mailchimp falls back to the queue. */
const CHECK_TIMEOUT_MS = 2_000

/**
 * The address's status in the audience right now, for the answer only ("Je krijgt de nieuwsbrief
 * al"): null when new, 'unknown' when Mailchimp did not answer in time. Never decides whether the
 * signup is kept or queued.
 */
export const currentMemberStatus = async (audienceId: string, email: string): Promise<MemberStatus | null | 'unknown'> => {
  const client = mailchimpClient({ timeoutMs: CHECK_TIMEOUT_MS })
  if (!client) return 'unknown'
  try {
    return (await getMember(client, audienceId, email))?.status ?? null
  } catch {
    return 'unknown'
  }
}
