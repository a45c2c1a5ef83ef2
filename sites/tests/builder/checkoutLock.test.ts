import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { takeLock } from '../../builder/render/warm/checkoutLock.ts'

const dirs: string[] = []
const lockFile = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wijk-lock-'))
  dirs.push(dir)
  return path.join(dir, 'warm-renderer.lock')
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

describe("the warm renderer's checkout lock", () => {
  it('is refused while a live Node process holds it', () => {
    const file = lockFile()
    writeFileSync(file, String(process.pid))
    expect(() => takeLock(file)).toThrow(`another process (pid ${process.pid}) runs the warm renderer`)
  })

  it('is taken over from a holder that died, and from a pid the system gave to something else since', () => {
    const file = lockFile()
    writeFileSync(file, '999999999') // no such process
    takeLock(file)()
    // Pid 2 is the kernel's kthreadd on Linux: alive, but not the Node process that crashed holding the lock.
    writeFileSync(file, '2')
    const release = takeLock(file)
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid))
    release()
  })
})
