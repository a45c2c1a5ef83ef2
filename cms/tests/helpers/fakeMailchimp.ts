import { createHash, randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * Plays Mailchimp's Marketing API 3.0 on a loopback port for the official client
 * (`MAILCHIMP_BASE_URL = fake.baseUrl`). It checks what the real API checks: Basic auth with the
 * API key as password (any user name), the subscriber hash against the body's address, required
 * fields and statuses, and answers errors in the real shape `{ type, title, status, detail, instance }`:
 * 400 "Invalid Resource" (bad or fake-looking address, unknown merge field), "Member Exists",
 * "Forgotten Email Not Subscribed", "Member In Compliance State"; 401; 404 "Resource Not Found".
 * Tags sent with PUT are ignored (only POST /members and POST …/tags set them), as in the real API.
 * `failNext(n, status)` answers the next n requests with that error (429, 503, …) and `setDown(true)`
 * drops every connection. Every request is recorded.
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
export type FakeCampaign = {
  id: string
  web_id: number
  type: string
  status: 'save'
  create_time: string
  recipients: { list_id: string; segment_opts?: unknown }
  settings: Record<string, unknown>
  content: { html?: string; plain_text?: string } | null
}
export type FakeList = { id: string; mergeFields: Set<string>; members: Map<string, FakeMember>; forgotten: Set<string> }
export type RecordedRequest = { method: string; path: string; query: Record<string, string>; body: unknown; authorised: boolean }

const STATUSES: MemberStatus[] = ['subscribed', 'pending', 'unsubscribed', 'cleaned', 'transactional']
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/
/** Mailchimp refuses addresses it thinks are made up; the fake: any `.invalid` or `.test` domain. */
const FAKE_LOOKING = /@([^@]+\.)?(invalid|test)$/i
const TITLES: Record<number, string> = {
  400: 'Invalid Resource',
  401: 'API Key Invalid',
  403: 'Forbidden',
  404: 'Resource Not Found',
  405: 'Method Not Allowed',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
}

export const md5 = (email: string) => createHash('md5').update(email.trim().toLowerCase()).digest('hex')

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
  ) {
    super(detail)
  }
}
const fail = (status: number, detail: string, title = TITLES[status] ?? 'Error'): never => {
  throw new ApiError(status, title, detail)
}

const readJson = async (req: IncomingMessage): Promise<unknown> => {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  if (!text) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return fail(400, 'We encountered an unspecified JSON parsing error.', 'JSON Parse Error')
  }
}

export const startFakeMailchimp = async (options: { apiKey: string }) => {
  const lists = new Map<string, FakeList>()
  const campaigns = new Map<string, FakeCampaign>()
  const requests: RecordedRequest[] = []
  let failures: number[] = []
  let down = false
  let tagIds = 1
  let webIds = 1000

  const listOf = (id: string) => lists.get(id) ?? fail(404, 'The requested resource could not be found.')
  const memberOf = (list: FakeList, hash: string) => list.members.get(hash) ?? fail(404, 'The requested resource could not be found.')
  const now = () => new Date().toISOString()

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
      fail(400, `${member.email_address} is in a compliance state due to unsubscribe, bounce, or compliance review and cannot be subscribed.`, 'Member In Compliance State')
    }
    if (member.status === 'cleaned' && status !== 'cleaned') fail(400, `${member.email_address} was cleaned (bounced) and cannot be resubscribed.`, 'Member In Compliance State')
    member.status = status
  }

  const route = async (method: string, parts: string[], query: URLSearchParams, body: unknown): Promise<[number, unknown]> => {
    const b = (body ?? {}) as Record<string, unknown>
    if (parts[0] === 'ping' && method === 'GET') return [200, { health_status: "Everything's Chimpy!" }]

    if (parts[0] === 'lists' && parts[1]) {
      const list = listOf(parts[1])
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
          if (list.forgotten.has(id)) fail(400, `${email} was permanently deleted and cannot be re-imported. The contact must re-subscribe to get back on the list.`, 'Forgotten Email Not Subscribed')
          if (list.members.has(id) && list.members.get(id)!.status !== 'archived') fail(400, `${email} is already a list member. Use PUT to insert or update list members.`, 'Member Exists')
          const member = newMember(list, email, checkStatus(b.status, 'status'))
          member.merge_fields = checkMergeFields(list, b.merge_fields)
          if (Array.isArray(b.tags)) applyTags(member, (b.tags as string[]).map((name) => ({ name, status: 'active' })))
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
      if (parts[4]) return fail(404, 'The requested resource could not be found.')
      switch (method) {
        case 'GET':
          return [200, memberOf(list, hash)]
        case 'PUT': {
          checkEmail(b.email_address)
          const email = b.email_address as string
          if (md5(email) !== hash) fail(400, 'The subscriber hash does not match the email address in the request body.')
          if (list.forgotten.has(hash)) fail(400, `${email} was permanently deleted and cannot be re-imported. The contact must re-subscribe to get back on the list.`, 'Forgotten Email Not Subscribed')
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

    if (parts[0] === 'campaigns') {
      const id = parts[1]
      if (!id && method === 'POST') {
        if (!['regular', 'plaintext', 'rss', 'variate'].includes(b.type as string)) fail(400, 'The resource submitted could not be validated. type: must be one of regular, plaintext, rss, variate.')
        const recipients = (b.recipients ?? {}) as { list_id?: string }
        if (recipients.list_id) listOf(recipients.list_id)
        const campaign: FakeCampaign = {
          id: randomBytes(5).toString('hex'),
          web_id: webIds++,
          type: b.type as string,
          status: 'save',
          create_time: now(),
          recipients: recipients as FakeCampaign['recipients'],
          settings: (b.settings ?? {}) as Record<string, unknown>,
          content: null,
        }
        campaigns.set(campaign.id, campaign)
        return [200, campaign]
      }
      if (!id && method === 'GET') {
        // The filters the digest uses; newest first like sort_field=create_time&sort_dir=DESC.
        const found = [...campaigns.values()]
          .filter((c) => (!query.get('list_id') || c.recipients.list_id === query.get('list_id')) && (!query.get('status') || c.status === query.get('status')))
          .reverse()
        return [200, { campaigns: found.slice(0, Number(query.get('count') ?? 10)), total_items: found.length }]
      }
      const campaign = campaigns.get(id ?? '') ?? fail(404, 'The requested resource could not be found.')
      if (!parts[2] && method === 'GET') return [200, campaign]
      if (!parts[2] && method === 'DELETE') {
        campaigns.delete(campaign.id)
        return [204, null]
      }
      if (parts[2] === 'content' && method === 'GET') return [200, campaign.content ?? {}]
      if (parts[2] === 'content' && method === 'PUT') {
        if (typeof b.html !== 'string' && typeof b.plain_text !== 'string' && !b.template && !b.url) {
          fail(400, 'The resource submitted could not be validated. Provide html, plain_text, template or url.')
        }
        campaign.content = { ...(typeof b.html === 'string' ? { html: b.html } : {}), ...(typeof b.plain_text === 'string' ? { plain_text: b.plain_text } : {}) }
        return [200, campaign.content]
      }
      return fail(405, 'This method is not allowed.')
    }
    return fail(404, 'The requested resource could not be found.')
  }

  const answer = (res: ServerResponse, status: number, body: unknown) => {
    if (status === 204) return void res.writeHead(204).end()
    res.writeHead(status, { 'content-type': status >= 400 ? 'application/problem+json; charset=utf-8' : 'application/json; charset=utf-8' }).end(JSON.stringify(body))
  }
  const problem = (status: number, title: string, detail: string, instance: string) => ({
    type: 'https://mailchimp.com/developer/marketing/docs/errors/',
    title,
    status,
    detail,
    instance,
  })

  const server = createServer(async (req, res) => {
    if (down) return void req.socket.destroy()
    const url = new URL(req.url ?? '/', 'http://mailchimp.local')
    const auth = req.headers.authorization ?? ''
    const [user, ...password] = Buffer.from(auth.replace(/^Basic /, ''), 'base64').toString('utf8').split(':')
    const authorised = auth.startsWith('Basic ') && Boolean(user) && password.join(':') === options.apiKey
    const record: RecordedRequest = { method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), body: undefined, authorised }
    requests.push(record)
    const instance = randomBytes(8).toString('hex')
    try {
      record.body = await readJson(req)
      const injected = failures.shift()
      if (injected) return answer(res, injected, problem(injected, TITLES[injected] ?? 'Error', injected === 429 ? 'You have exceeded the limit of 10 simultaneous connections.' : 'Injected failure.', instance))
      if (!authorised) return answer(res, 401, problem(401, 'API Key Invalid', 'Your API key may be invalid, or you\'ve attempted to access the wrong datacenter.', instance))
      if (!url.pathname.startsWith('/3.0/')) return answer(res, 404, problem(404, 'Resource Not Found', 'The requested resource could not be found.', instance))
      const parts = url.pathname.slice('/3.0/'.length).split('/').filter(Boolean).map(decodeURIComponent)
      const [status, body] = await route(record.method, parts, url.searchParams, record.body)
      answer(res, status, body)
    } catch (error) {
      if (error instanceof ApiError) return answer(res, error.status, problem(error.status, error.title, error.detail, instance))
      answer(res, 500, problem(500, 'Internal Server Error', String(error), instance))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    /** For MAILCHIMP_BASE_URL. */
    baseUrl: `http://127.0.0.1:${port}/3.0`,
    requests,
    lists,
    campaigns,
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
      applyTags(member, tags.map((name) => ({ name, status: 'active' })))
      list.members.set(member.id, member)
      return member
    },
    /** The contact was permanently deleted (GDPR): Mailchimp refuses to re-add it through the API. */
    forget: (listId: string, email: string) => {
      const list = lists.get(listId)!
      list.members.delete(md5(email))
      list.forgotten.add(md5(email))
    },
    /** The next n requests are answered with this error status (429, 500, 503, …). */
    failNext: (n: number, status = 503) => {
      failures = [...failures, ...Array.from({ length: n }, () => status)]
    },
    /** Down: every connection is dropped without an answer. */
    setDown: (value: boolean) => {
      down = value
    },
    reset: () => {
      lists.clear()
      campaigns.clear()
      requests.length = 0
      failures = []
      down = false
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export type FakeMailchimp = Awaited<ReturnType<typeof startFakeMailchimp>>
