/** A request body was larger than the endpoint accepts. */
export class BodyTooLargeError extends Error {}

/**
 * Reads a request body of at most `maxBytes` from its chunks: a web ReadableStream (a Request's body)
 * and a Node IncomingMessage are both async iterables of bytes. Over the limit it throws
 * BodyTooLargeError, keeping no more in memory than the limit (Content-Length can be absent or lie).
 * By default it stops reading there, which cancels the stream; with `drain` it reads on to the end
 * first, so a Node server can still send its 413 on the same connection.
 * The caller checks a declared Content-Length before calling, as it has the headers.
 */
export const readBodyBytes = async (chunks: AsyncIterable<Uint8Array>, maxBytes: number, { drain = false } = {}): Promise<Uint8Array<ArrayBuffer>> => {
  const kept: Uint8Array[] = []
  let size = 0
  for await (const chunk of chunks) {
    size += chunk.byteLength
    if (size <= maxBytes) kept.push(chunk)
    else if (!drain) throw new BodyTooLargeError()
  }
  if (size > maxBytes) throw new BodyTooLargeError()
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of kept) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}
