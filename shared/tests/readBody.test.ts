import { Readable } from 'node:stream'

import { describe, expect, it } from 'vitest'

import { BodyTooLargeError, readBodyBytes } from '../src/readBody'

const bytes = (...sizes: number[]) => sizes.map((size) => new Uint8Array(size).fill(size))

/** A web stream of `chunks` that records whether it was cancelled. */
const webStream = (chunks: Uint8Array[]) => {
  const seen = { cancelled: false, pulled: 0 }
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[seen.pulled++]
      if (chunk) controller.enqueue(chunk)
      else controller.close()
    },
    cancel() {
      seen.cancelled = true
    },
  })
  return { stream: stream as unknown as AsyncIterable<Uint8Array>, seen }
}

describe('readBodyBytes', () => {
  it('joins the chunks of a body within the limit, from a web stream and a Node stream alike', async () => {
    expect(await readBodyBytes(webStream(bytes(2, 3)).stream, 5)).toEqual(new Uint8Array([2, 2, 3, 3, 3]))
    expect(await readBodyBytes(Readable.from([Buffer.from('ab'), Buffer.from('c')]), 3)).toEqual(new Uint8Array([97, 98, 99]))
    expect(await readBodyBytes(Readable.from([]), 0)).toEqual(new Uint8Array())
  })

  it('over the limit it stops reading and cancels the stream', async () => {
    const { stream, seen } = webStream(bytes(4, 4, 4, 4))
    await expect(readBodyBytes(stream, 6)).rejects.toBeInstanceOf(BodyTooLargeError)
    expect(seen.cancelled).toBe(true)
    expect(seen.pulled).toBeLessThan(4)
  })

  it('with drain it reads to the end before refusing', async () => {
    const { stream, seen } = webStream(bytes(4, 4, 4))
    await expect(readBodyBytes(stream, 6, { drain: true })).rejects.toBeInstanceOf(BodyTooLargeError)
    expect(seen.cancelled).toBe(false)
    expect(seen.pulled).toBe(4)
  })
})
