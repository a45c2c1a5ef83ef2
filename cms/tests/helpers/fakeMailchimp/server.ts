import { randomBytes } from 'node:crypto'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { type FakeCampaign, campaignsApi } from './campaigns'
import { type FakeList, membersApi } from './members'
import { ApiError, fail, problem, readJson, TITLES } from './problems'

/**
 * Plays Mailchimp's Marketing API 3.0 on a loopback port for the official client
 * (`MAILCHIMP_BASE_URL = fake.baseUrl`). This file is the server: Basic auth with the API key as
 * password (any user name, else 401), the `/3.0/` prefix, `/ping`, and the failure switches:
 * `failNext(n, status)` answers the next n requests with that error (429, 503, …) and `setDown(true)`
 * drops every connection. Every request is recorded. The routes: `members.ts` (lists and their
 * members) and `campaigns.ts`; errors in the real shape: `problems.ts`.
 */

type RecordedRequest = { method: string; path: string; query: Record<string, string>; body: unknown; authorised: boolean }

export const startFakeMailchimp = async (options: { apiKey: string }) => {
  const lists = new Map<string, FakeList>()
  const campaigns = new Map<string, FakeCampaign>()
  const requests: RecordedRequest[] = []
  let failures: number[] = []
  let down = false

  const members = membersApi(lists)
  const campaignRoutes = campaignsApi(campaigns, members.listOf)

  const route = (method: string, parts: string[], query: URLSearchParams, body: unknown): [number, unknown] => {
    const b = (body ?? {}) as Record<string, unknown>
    if (parts[0] === 'ping' && method === 'GET') return [200, { health_status: "Everything's Chimpy!" }]
    if (parts[0] === 'lists' && parts[1]) return members.route(method, parts, query, b)
    if (parts[0] === 'campaigns') return campaignRoutes.route(method, parts, query, b)
    return fail(404, 'The requested resource could not be found.')
  }

  const answer = (res: ServerResponse, status: number, body: unknown) => {
    if (status === 204) return void res.writeHead(204).end()
    res
      .writeHead(status, { 'content-type': status >= 400 ? 'application/problem+json; charset=utf-8' : 'application/json; charset=utf-8' })
      .end(JSON.stringify(body))
  }

  const server = createServer(async (req, res) => {
    if (down) return void req.socket.destroy()
    const url = new URL(req.url ?? '/', 'http://mailchimp.local')
    const auth = req.headers.authorization ?? ''
    const [user, ...password] = Buffer.from(auth.replace(/^Basic /, ''), 'base64')
      .toString('utf8')
      .split(':')
    const authorised = auth.startsWith('Basic ') && Boolean(user) && password.join(':') === options.apiKey
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      authorised,
    }
    requests.push(record)
    const instance = randomBytes(8).toString('hex')
    try {
      record.body = await readJson(req)
      const injected = failures.shift()
      if (injected)
        return answer(
          res,
          injected,
          problem(
            injected,
            TITLES[injected] ?? 'Error',
            injected === 429 ? 'You have exceeded the limit of 10 simultaneous connections.' : 'Injected failure.',
            instance,
          ),
        )
      if (!authorised)
        return answer(res, 401, problem(401, 'API Key Invalid', "Your API key may be invalid, or you've attempted to access the wrong datacenter.", instance))
      if (!url.pathname.startsWith('/3.0/')) return answer(res, 404, problem(404, 'Resource Not Found', 'The requested resource could not be found.', instance))
      const parts = url.pathname.slice('/3.0/'.length).split('/').filter(Boolean).map(decodeURIComponent)
      const [status, body] = route(record.method, parts, url.searchParams, record.body)
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
    addList: members.addList,
    member: members.member,
    setMember: members.setMember,
    forget: members.forget,
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
