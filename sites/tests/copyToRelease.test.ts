import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { copyToRelease } from '../builder/release/copyToRelease.ts'

const root = mkdtempSync(path.join(tmpdir(), 'wijk-release-'))
const work = path.join(root, 'work')
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(work, file)), { recursive: true })
  writeFileSync(path.join(work, file), text)
}
const inode = (dir: string, file: string) => statSync(path.join(dir, file)).ino

describe('a release from the work folder', () => {
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('copies everything the first time, then links what did not change (even if rewritten) and copies what did', async () => {
    write('index.html', 'home v1')
    write('agenda/a/index.html', 'event a')
    write('agenda/b/index.html', 'event b v1')
    const first = path.join(root, 'r1')
    expect(copyToRelease({ workDir: work, releaseDir: first, previousReleaseDir: null })).toEqual({ linked: 0, copied: 3 })

    await new Promise((resolve) => setTimeout(resolve, 20))
    write('index.html', 'home v2')
    write('agenda/b/index.html', 'event b v2')
    write('agenda/a/index.html', 'event a') // written again with the same bytes, as Astro does with images
    const second = path.join(root, 'r2')
    expect(copyToRelease({ workDir: work, releaseDir: second, previousReleaseDir: first })).toEqual({ linked: 1, copied: 2 })
    expect(inode(second, 'agenda/a/index.html')).toBe(inode(first, 'agenda/a/index.html'))
    expect(readFileSync(path.join(second, 'agenda/b/index.html'), 'utf8')).toBe('event b v2')
  })

  it('never changes an earlier release when the work folder is written again', () => {
    write('agenda/a/index.html', 'event a, edited in place')
    expect(readFileSync(path.join(root, 'r1', 'agenda/a/index.html'), 'utf8')).toBe('event a')
    expect(readFileSync(path.join(root, 'r2', 'agenda/a/index.html'), 'utf8')).toBe('event a')
  })
})
