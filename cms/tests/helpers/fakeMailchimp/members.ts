import { createHash, randomBytes } from 'node:crypto'

import { fail, now, type Route } from './problems'

/**
 * Audiences (lists) and their members: `/lists/{list_id}/members[/{subscriber_hash}[/tags | /actions/delete-permanent]]`.
 * Checks the subscriber hash against the body's address, required fields and statuses; 400 "Invalid
 * Resource" (bad or fake-looking address, unknown merge field), "Member Exists", "Forgotten Email Not
 * Subscribed", "Member In Compliance State"; 404 for unknown lists and members. Tags sent with PUT are
 * ignored (only POST /members and POST …/tags set them), as in the real API.
 */

export type MemberStatus = 'subscribed' | 'pending' | 'unsubscribed' | 'cleaned' | 'archived' | 'transactional'
export type FakeMember = {
  id: string
  email_address: string
  unique_email_id: string
  status: MemberStatus
  merge_fields: Record<string, unknown>
  interests: Record<string, boolean>
  tags: { id: number; name: string }[]
  tags_count: number
  list_id: string
  timestamp_signup: string
  last_changed: string
}
export type FakeList = { id: string; mergeFields: Set<string>; members: Map<string, FakeMember>; forgotten: Set<string> }

const STATUSES: MemberStatus[] = ['subscribed', 'pending', 'unsubscribed', 'cleaned', 'transactional']
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/
/** Mailchimp refuses addresses it thinks are made up; the fake: any `.invalid` or `.test` domain. */
const FAKE_LOOKING = /@([^@]+\.)?(invalid|test)$/i

export const md5 = (email: string) => createHash('md5').update(email.trim().toLowerCase()).digest('hex')

/** The members part of the API over the account's `lists`, with what the test controls use. */
export const membersApi = (lists: Map<string, FakeList>) => {
  let tagIds = 1

  const listOf = (id: string) => lists.get(id) ?? fail(404, 'The requested resource could not be found.')
  const memberOf = (list: FakeList, hash: string) => list.members.get(hash) ?? fail(404, 'The requested resource could not be found.')

  const checkEmail = (email: unknown) => {
    if (typeof email !== 'string' || !EMAIL.test(email)) fail(400, 'Please provide a valid email address.')
    if (FAKE_LOOKING.test(email as string)) fail(400, `${email as string} looks fake or invalid, please enter a real email address.`)
  }
  const checkMergeFields = (list: FakeList, fields: unknown) => {
    if (fields === undefined) return {}
    if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return fail(400, 'Your merge fields were invalid.')
    for (const key of Object.keys(fields)) if (!list.mergeFields.has(key)) fail(400, `Your merge fields were invalid. Unknown merge field: ${key}.`)
    return fields as Record<string, unknown>
  }
  const checkStatus = (status: unknown, field: string) => {
    if (!STATUSES.includes(status as MemberStatus)) fail(400, `The resource submitted could not be validated. ${field}: must be one of ${STATUSES.join(', ')}.`)
    return status as MemberStatus
  }
  const applyTags = (member: FakeMember, tags: { name: string; status: string }[]) => {
    for (const { name, status } of tags) {
      const has = member.tags.some((tag) => tag.name === name)
      if (status === 'active' && !has) member.tags.push({ id: tagIds++, name })
      if (status === 'inactive') member.tags = member.tags.filter((tag) => tag.name !== name)
    }
    member.tags_count = member.tags.length
  }
  const newMember = (list: FakeList, email: string, status: MemberStatus): FakeMember => ({
    id: md5(email),
    email_address: email,
    unique_email_id: randomBytes(5).toString('hex'),
    status,
    merge_fields: {},
    interests: {},
    tags: [],
    tags_count: 0,
    list_id: list.id,
    timestamp_signup: now(),
    last_changed: now(),
  })
  /** A status change on an existing member, as Mailchimp allows it. */
  const changeStatus = (member: FakeMember, status: MemberStatus) => {
    if (status === member.status) return
    // Someone who unsubscribed can only come back through a confirmation mail (pending).
    if (member.status === 'unsubscribed' && status === 'subscribed') {
      fail(
        400,
        `${member.email_address} is in a compliance state due to unsubscribe, bounce, or compliance review and cannot be subscribed.`,
        'Member In Compliance State',
      )
    }
    if (member.status === 'cleaned' && status !== 'cleaned')
      fail(400, `${member.email_address} was cleaned (bounced) and cannot be resubscribed.`, 'Member In Compliance State')
    member.status = status
  }

  /** `/lists/{list_id}/…` (parts[0] is 'lists', parts[1] the list id). */
  const route: Route = (method, parts, query, b) => {
    const list = listOf(parts[1]!)
    if (parts[2] !== 'members') return fail(404, 'The requested resource could not be found.')
    const hash = parts[3]
    if (!hash) {
      if (method === 'GET') {
        const status = query.get('status')
        const all = [...list.members.values()].filter((member) => !status || member.status === status)
        const offset = Number(query.get('offset') ?? 0)
        const count = Number(query.get('count') ?? 10)
        return [200, { members: all.slice(offset, offset + count), list_id: list.id, total_items: all.length }]
      }
      if (method === 'POST') {
        checkEmail(b.email_address)
        const email = b.email_address as string
        const id = md5(email)
        if (list.forgotten.has(id))
          fail(
            400,
            `${email} was permanently deleted and cannot be re-imported. The contact must re-subscribe to get back on the list.`,
            'Forgotten Email Not Subscribed',
          )
        if (list.members.has(id) && list.members.get(id)!.status !== 'archived')
          fail(400, `${email} is already a list member. Use PUT to insert or update list members.`, 'Member Exists')
        const member = newMember(list, email, checkStatus(b.status, 'status'))
        member.merge_fields = checkMergeFields(list, b.merge_fields)
        if (Array.isArray(b.tags))
          applyTags(
            member,
            (b.tags as string[]).map((name) => ({ name, status: 'active' })),
          )
        list.members.set(id, member)
        return [200, member]
      }
      return fail(405, 'This method is not allowed.')
    }
    if (parts[4] === 'tags') {
      const member = memberOf(list, hash)
      if (method === 'GET') return [200, { tags: member.tags.map((tag) => ({ ...tag, date_added: member.last_changed })), total_items: member.tags.length }]
      if (method !== 'POST') return fail(405, 'This method is not allowed.')
      const tags = b.tags
      if (!Array.isArray(tags) || tags.some((tag) => !tag || typeof tag.name !== 'string' || !['active', 'inactive'].includes(tag.status))) {
        fail(400, 'The resource submitted could not be validated. tags: each tag needs a name and a status of active or inactive.')
      }
      applyTags(member, tags as { name: string; status: string }[])
      return [204, null]
    }
    if (parts[4] === 'actions' && parts[5] === 'delete-permanent') {
      if (method !== 'POST') return fail(405, 'This method is not allowed.')
      memberOf(list, hash)
      list.members.delete(hash)
      list.forgotten.add(hash)
      return [204, null]
    }
    if (parts[4]) return fail(404, 'The requested resource could not be found.')
    switch (method) {
      case 'GET':
        return [200, memberOf(list, hash)]
      case 'PUT': {
        checkEmail(b.email_address)
        const email = b.email_address as string
        if (md5(email) !== hash) fail(400, 'The subscriber hash does not match the email address in the request body.')
        if (list.forgotten.has(hash))
          fail(
            400,
            `${email} was permanently deleted and cannot be re-imported. The contact must re-subscribe to get back on the list.`,
            'Forgotten Email Not Subscribed',
          )
        const existing = list.members.get(hash)
        const mergeFields = checkMergeFields(list, b.merge_fields)
        if (!existing || existing.status === 'archived') {
          // A new (or archived) contact: status_if_new decides, unless status is given.
          const status = b.status !== undefined ? checkStatus(b.status, 'status') : checkStatus(b.status_if_new, 'status_if_new')
          const member = existing ?? newMember(list, email, status)
          member.status = status
          member.merge_fields = { ...member.merge_fields, ...mergeFields }
          member.last_changed = now()
          list.members.set(hash, member)
          return [200, member]
        }
        if (b.status !== undefined) changeStatus(existing, checkStatus(b.status, 'status'))
        existing.merge_fields = { ...existing.merge_fields, ...mergeFields }
        existing.email_address = email
        existing.last_changed = now()
        return [200, existing]
      }
      case 'PATCH': {
        const member = memberOf(list, hash)
        if (b.status !== undefined) changeStatus(member, checkStatus(b.status, 'status'))
        member.merge_fields = { ...member.merge_fields, ...checkMergeFields(list, b.merge_fields) }
        member.last_changed = now()
        return [200, member]
      }
      case 'DELETE': {
        const member = memberOf(list, hash)
        if (member.status === 'archived') fail(404, 'The requested resource could not be found.')
        member.status = 'archived'
        member.last_changed = now()
        return [204, null]
      }
      default:
        return fail(405, 'This method is not allowed.')
    }
  }

  return {
    route,
    listOf,
    /** An audience the account has (unknown ids answer 404). */
    addList: (id: string, mergeFields: string[] = ['FNAME', 'LNAME', 'ADDRESS', 'PHONE']) => {
      const list: FakeList = { id, mergeFields: new Set(mergeFields), members: new Map(), forgotten: new Set() }
      lists.set(id, list)
      return list
    },
    member: (listId: string, email: string): FakeMember | undefined => lists.get(listId)?.members.get(md5(email)),
    /** Puts a member in place as if it had happened in Mailchimp (a confirmed signup, an unsubscribe). */
    setMember: (listId: string, email: string, status: MemberStatus, tags: string[] = []) => {
      const list = lists.get(listId)!
      const member = list.members.get(md5(email)) ?? newMember(list, email, status)
      member.status = status
      applyTags(
        member,
        tags.map((name) => ({ name, status: 'active' })),
      )
      list.members.set(member.id, member)
      return member
    },
    /** The contact was permanently deleted (GDPR): Mailchimp refuses to re-add it through the API. */
    forget: (listId: string, email: string) => {
      const list = lists.get(listId)!
      list.members.delete(md5(email))
      list.forgotten.add(md5(email))
    },
  }
}
