import type { IncomingMessage } from 'node:http'

/**
 * The fake Mailchimp's errors in the real API's shape `{ type, title, status, detail, instance }`:
 * a route throws with `fail(status, detail, title?)`, the server answers it with `problem(...)`.
 */

export const TITLES: Record<number, string> = {
  400: 'Invalid Resource',
  401: 'API Key Invalid',
  403: 'Forbidden',
  404: 'Resource Not Found',
  405: 'Method Not Allowed',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
  ) {
    super(detail)
  }
}
export const fail = (status: number, detail: string, title = TITLES[status] ?? 'Error'): never => {
  throw new ApiError(status, title, detail)
}

export const problem = (status: number, title: string, detail: string, instance: string) => ({
  type: 'https://mailchimp.com/developer/marketing/docs/errors/',
  title,
  status,
  detail,
  instance,
})

export const readJson = async (req: IncomingMessage): Promise<unknown> => {
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

export const now = () => new Date().toISOString()

/** One part of the API: answers `[status, body]`, or throws through `fail`. */
export type Route = (method: string, parts: string[], query: URLSearchParams, body: Record<string, unknown>) => [number, unknown]
