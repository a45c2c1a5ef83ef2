import { existsSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { stagingDirFor } from '../builder/render/buildSite.ts'
import { siteDir } from './helpers/builtSite'

const sites = path.resolve(import.meta.dirname, '..')

describe('site:build output folder', () => {
  it('builds in place when the output is on the same file system as sites/', () => {
    expect(stagingDirFor(path.join(siteDir, 'not-yet', 'there'))).toBeNull()
  })

  it('stages next to sites/ when the output is on another file system (Astro renames across them fail)', () => {
    // /dev/shm is a tmpfs on Debian, so a different device from the checkout.
    expect(statSync('/dev/shm').dev).not.toBe(statSync(sites).dev)
    const staging = stagingDirFor('/dev/shm/wijk-site/out')
    try {
      expect(staging).not.toBeNull()
      expect(path.dirname(staging!)).toBe(path.join(sites, '.astro'))
      expect(statSync(staging!).dev).toBe(statSync(sites).dev)
    } finally {
      if (staging && existsSync(staging)) rmSync(staging, { recursive: true })
    }
  })
})
