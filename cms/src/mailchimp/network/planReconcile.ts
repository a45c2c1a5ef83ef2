import { type NetworkMember, normalEmail } from './networkMember'

/** A member as Mailchimp lists it (GET /lists/{id}/members). */
export type ListedMember = {
  email_address: string
  status: string
  merge_fields?: Record<string, unknown>
  tags?: { name: string }[]
}

export type ReconcilePlan = {
  /** Not in the audience (or archived) but should be. */
  add: NetworkMember[]
  /** In the audience with another name, organisation or tags. */
  update: { member: NetworkMember; removeTags: string[] }[]
  /** In the audience but no published organisation of the wijk has the address. */
  archive: string[]
}

const sameTags = (a: string[], b: string[]) => {
  const left = new Set(a.map((tag) => tag.toLowerCase()))
  const right = new Set(b.map((tag) => tag.toLowerCase()))
  return left.size === right.size && [...left].every((tag) => right.has(tag))
}

/** The tags a member has that the CMS no longer gives it (compared without case, as Mailchimp does). */
export const staleTags = (current: string[], wanted: string[]): string[] => {
  const keep = new Set(wanted.map((tag) => tag.toLowerCase()))
  return current.filter((tag) => !keep.has(tag.toLowerCase()))
}

/**
 * What a full reconcile changes: the CMS is the source of truth for the network audience. Status is
 * never compared: an organisation that unsubscribed stays unsubscribed (the sync only sets a status
 * for new members).
 */
export const planReconcile = (listed: ListedMember[], wanted: Map<string, NetworkMember>): ReconcilePlan => {
  const present = new Map(listed.filter((member) => member.status !== 'archived').map((member) => [normalEmail(member.email_address), member]))
  const plan: ReconcilePlan = { add: [], update: [], archive: [] }
  for (const [email, member] of wanted) {
    const current = present.get(email)
    if (!current) {
      plan.add.push(member)
      continue
    }
    const tags = (current.tags ?? []).map((tag) => tag.name)
    const fields = current.merge_fields ?? {}
    if (fields.NAME !== member.mergeFields.NAME || fields.ORG !== member.mergeFields.ORG || !sameTags(tags, member.tags)) {
      plan.update.push({ member, removeTags: staleTags(tags, member.tags) })
    }
  }
  for (const [email, member] of present) if (!wanted.has(email)) plan.archive.push(member.email_address)
  return plan
}

/** "3 toegevoegd, 1 bijgewerkt, 2 gearchiveerd" */
export const summaryOf = (counts: { add: number; update: number; archive: number }): string =>
  `${counts.add} toegevoegd, ${counts.update} bijgewerkt, ${counts.archive} gearchiveerd`
