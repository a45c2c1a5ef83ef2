import { handleEndpoints, type Payload } from 'payload'

export const TEST_PASSWORD = 'correct-horse-battery'

export type RestAnswer = { status: number; body: any; headers: Headers }

type Options = { as?: string; json?: unknown; form?: FormData; headers?: Record<string, string> }

/**
 * A REST client for Payload's own REST handler, the one the `/api/[...slug]` route hands every request
 * to: the same access rules, hooks and error answers as over the network, with a real login token.
 */
export const restApi = (payload: Payload) => {
  const tokens = new Map<string, string>()
  const tokenOf = async (email: string) => {
    if (!tokens.has(email)) tokens.set(email, (await payload.login({ collection: 'users', data: { email, password: TEST_PASSWORD } })).token!)
    return tokens.get(email)!
  }

  return async (method: string, path: string, { as, json, form, headers: extra }: Options = {}): Promise<RestAnswer> => {
    const headers: Record<string, string> = { ...extra, ...(as ? { Authorization: `JWT ${await tokenOf(as)}` } : {}) }
    if (json !== undefined) headers['content-type'] = 'application/json'
    const body = json !== undefined ? JSON.stringify(json) : form
    const request = new Request(`http://cms.test/api${path}`, { method, headers, body })
    const response = await handleEndpoints({ config: payload.config, request })
    const type = response.headers.get('content-type') ?? ''
    return { status: response.status, body: type.includes('json') ? await response.json() : await response.arrayBuffer(), headers: response.headers }
  }
}
