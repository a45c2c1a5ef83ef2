import type { Payload } from 'payload'

import { callMailchimp, type MailchimpClient } from '../mailchimpClient'
import { archiveMember } from '../mailchimpMembers'
import type { NetworkWijk } from './networkAudienceOf'
import { networkMembersOf } from './networkMember'
import { type ListedMember, planReconcile, type ReconcilePlan } from './planReconcile'
import { syncNetworkMember } from './syncNetworkMember'

const PAGE = 1000

/** Every member of an audience, page by page (GET /lists/{id}/members?count=1000&offset=…). */
const listAudienceMembers = async (client: MailchimpClient, audienceId: string): Promise<ListedMember[]> => {
  const members: ListedMember[] = []
  for (let offset = 0; ; offset += PAGE) {
    const page = (await callMailchimp(() =>
      client.lists.getListMembersInfo(audienceId, {
        count: PAGE,
        offset,
        fields: ['members.email_address', 'members.status', 'members.merge_fields', 'members.tags', 'total_items'],
      }),
    )) as { members?: ListedMember[]; total_items?: number }
    const batch = page.members ?? []
    members.push(...batch)
    if (batch.length < PAGE || members.length >= (page.total_items ?? 0)) return members
  }
}

export type ReconcileResult = {
  plan: ReconcilePlan
  done: { add: number; update: number; archive: number }
  failed: { email: string; error: string }[]
}

/**
 * Full reconcile of a wijk's network audience with its published organisations: adds missing
 * members, updates drifted ones (name, organisation, tags), archives members that no longer belong.
 * Writes directly (the command is the retry: run it again); one failing member does not stop the rest.
 */
export const reconcileNetwork = async (
  payload: Payload,
  client: MailchimpClient,
  wijk: NetworkWijk,
  options: { dryRun?: boolean } = {},
): Promise<ReconcileResult> => {
  const [listed, wanted] = await Promise.all([listAudienceMembers(client, wijk.audienceId), networkMembersOf(payload, wijk)])
  const plan = planReconcile(listed, wanted)
  const result: ReconcileResult = { plan, done: { add: 0, update: 0, archive: 0 }, failed: [] }
  if (options.dryRun) return result
  const attempt = async (email: string, kind: keyof ReconcileResult['done'], write: () => Promise<unknown>) => {
    try {
      await write()
      result.done[kind] += 1
    } catch (error) {
      result.failed.push({ email, error: error instanceof Error ? error.message : String(error) })
    }
  }
  for (const member of plan.add) await attempt(member.email, 'add', () => syncNetworkMember(client, wijk.audienceId, member.email, member))
  for (const { member } of plan.update) await attempt(member.email, 'update', () => syncNetworkMember(client, wijk.audienceId, member.email, member))
  for (const email of plan.archive) await attempt(email, 'archive', () => archiveMember(client, wijk.audienceId, email))
  return result
}
