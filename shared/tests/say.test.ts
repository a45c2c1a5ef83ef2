import { afterEach, describe, expect, it, vi } from 'vitest'

import { sayer } from '../src/say'

describe('sayer', () => {
  const tty = process.stdout.isTTY
  afterEach(() => {
    process.stdout.isTTY = tty
    vi.restoreAllMocks()
  })

  it('prefixes each line, in bold only on a terminal', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    process.stdout.isTTY = false
    sayer('[x]')('plain')
    process.stdout.isTTY = true
    sayer('[x]')('bold')
    expect(log.mock.calls).toEqual([['[x] plain'], ['\x1b[1m[x]\x1b[0m bold']])
  })
})
