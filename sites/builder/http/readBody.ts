import type { IncomingMessage } from 'node:http'

import { BodyTooLargeError, readBodyBytes } from '@wijk/shared/readBody'

export { BodyTooLargeError }

/**
 * The raw request body as text (signatures are over the exact bytes). Over `limit` bytes it rejects
 * with BodyTooLargeError but keeps draining, so the client still receives the 413.
 */
export const readBody = async (req: IncomingMessage, limit: number): Promise<string> => {
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    req.resume()
    throw new BodyTooLargeError()
  }
  const body = await readBodyBytes(req, limit, { drain: true })
  return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8')
}
