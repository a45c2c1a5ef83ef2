import { BodyTooLargeError, readBodyBytes } from '@wijk/shared/readBody'

export { BodyTooLargeError }

/**
 * Reads at most `maxBytes` of a request body and stops reading beyond that, so a huge upload costs
 * no more memory than the limit (Content-Length can be absent or lie).
 */
export const readBody = async (request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> => {
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > maxBytes) throw new BodyTooLargeError()
  if (!request.body) return new Uint8Array()
  // A web ReadableStream is async iterable in Node; the DOM typings do not say so.
  return readBodyBytes(request.body as unknown as AsyncIterable<Uint8Array>, maxBytes)
}
