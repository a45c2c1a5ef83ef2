import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { pruneReleases } from '../../builder/release/pruneReleases.ts'
import { newReleaseId } from '../../builder/release/releaseId.ts'
import { currentReleaseId, listReleases, releaseDir, wijkDir } from '../../builder/release/releaseLayout.ts'
import { switchCurrent } from '../../builder/release/switchCurrent.ts'

const sites = path.resolve(import.meta.dirname, '../..')
mkdirSync(path.join(sites, '.test-build'), { recursive: true })
const outRoot = mkdtempSync(path.join(sites, '.test-build', 'releases-'))
afterAll(() => rmSync(outRoot, { recursive: true, force: true }))

const makeRelease = (wijk: string, id: string) => {
  mkdirSync(releaseDir(outRoot, wijk, id), { recursive: true })
  writeFileSync(path.join(releaseDir(outRoot, wijk, id), 'index.html'), id)
}

const rollback = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(sites, 'builder/release/rollback.ts'), ...args], { env: { ...process.env, WIJK_OUT_ROOT: outRoot }, encoding: 'utf8' })

describe('releases', () => {
  it('release ids sort by time and never collide', () => {
    const now = new Date('2026-11-23T10:15:30.123Z')
    const first = newReleaseId(now, [])
    const second = newReleaseId(now, [first])
    expect(first).toBe('20261123T101530123Z-1')
    expect(second).toBe('20261123T101530123Z-2')
    expect([newReleaseId(new Date('2026-11-23T10:15:31Z'), []), second, first].sort()).toEqual([first, second, '20261123T101531000Z-1'])
  })

  it('switches current with a rename of a fresh link (relative, no temporary link left behind)', () => {
    makeRelease('a', 'r1')
    makeRelease('a', 'r2')
    switchCurrent(outRoot, 'a', 'r1')
    switchCurrent(outRoot, 'a', 'r2')
    expect(readlinkSync(path.join(wijkDir(outRoot, 'a'), 'current'))).toBe(path.join('releases', 'r2'))
    expect(readdirSync(wijkDir(outRoot, 'a')).sort()).toEqual(['current', 'releases'])
    expect(() => switchCurrent(outRoot, 'a', 'missing')).toThrow(/does not exist/)
    expect(currentReleaseId(outRoot, 'a')).toBe('r2')
  })

  it('keeps the newest releases and never deletes the live one, even when it is older', async () => {
    for (const id of ['1', '2', '3', '4', '5']) makeRelease('b', `2026-${id}`)
    mkdirSync(path.join(outRoot, 'b', 'releases', '.partial-2026-6'))
    switchCurrent(outRoot, 'b', '2026-1')
    expect(await pruneReleases(outRoot, 'b', 2)).toEqual(['2026-2', '2026-3'])
    expect(listReleases(outRoot, 'b')).toEqual(['2026-1', '2026-4', '2026-5'])
  })

  it('rollback goes to the release before the live one, or to the one asked for, and says so', () => {
    for (const id of ['r1', 'r2', 'r3']) makeRelease('c', id)
    switchCurrent(outRoot, 'c', 'r3')
    const back = rollback('--wijk', 'c')
    expect(back.status).toBe(0)
    expect(back.stdout).toMatch(/c: van r3 teruggezet naar r2/)
    expect(currentReleaseId(outRoot, 'c')).toBe('r2')
    expect(rollback('--wijk', 'c', '--to', 'r3').status).toBe(0)
    expect(currentReleaseId(outRoot, 'c')).toBe('r3')
  })

  it('rollback explains what is wrong instead of switching', () => {
    for (const id of ['r1']) makeRelease('d', id)
    switchCurrent(outRoot, 'd', 'r1')
    const oldest = rollback('--wijk', 'd')
    expect(oldest.status).not.toBe(0)
    expect(oldest.stderr).toMatch(/geen eerdere release/)
    expect(rollback('--wijk', 'd', '--to', 'r9').stderr).toMatch(/r9 bestaat niet.*r1/s)
    expect(rollback('--wijk', 'onbekend').stderr).toMatch(/geen releases/)
    expect(rollback().stderr).toMatch(/--wijk/)
    expect(currentReleaseId(outRoot, 'd')).toBe('r1')
    expect(existsSync(path.join(outRoot, 'd', 'current'))).toBe(true)
  })
})
