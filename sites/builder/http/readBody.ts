import type { IncomingMessage } from 'node:http'

export class BodyTooLargeError extends Error {}

/**
 * The raw request body as text (signatures are over the exact bytes). Over `limit` bytes it rejects
 * with BodyTooLargeError but keeps draining, so the client still receives the 413.
 */
export const readBody = (req: IncomingMessage, limit: number): Promise<string> =>
  new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      req.resume()
      return reject(new BodyTooLargeError())
    }
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) chunks.push(chunk)
    })
    req.on('end', () => (size > limit ? reject(new BodyTooLargeError()) : resolve(Buffer.concat(chunks).toString('utf8'))))
    req.on('error', reject)
  })
