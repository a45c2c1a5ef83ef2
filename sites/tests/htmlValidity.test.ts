import { execFile } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { promisify } from 'node:util'

import { describe, expect, it } from 'vitest'

import { allPages, builtFile, siteDir } from './helpers/builtSite'
import { MISSING_PATH, PAGE_TYPES } from './helpers/pageTypes'

/*
 * The Nu Html Checker (vnu.jar, the W3C validator's engine) over one built page of each type, in one
 * Java run. It needs Java: ./wijk test installs Debian's default-jre-headless where `java` is missing.
 */

const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar')

/** Pages the browser tests do not visit: the ones after a form post and a print sheet of one kind for one week. */
const MORE_PAGE_TYPES = () => [
  '/account/bijna-klaar/',
  '/account/klaar/',
  '/nieuwsbrief/bedankt/',
  allPages().find((p) => /^\/agenda\/print\/buurtmaaltijd\/\d{4}-W\d{2}\/$/.test(p))!,
]

type VnuMessage = { type: string; url?: string; lastLine?: number; message: string; extract?: string }

describe('valid HTML', () => {
  it('the Nu Html Checker finds no error on any page type', async () => {
    const files = [...PAGE_TYPES(), ...MORE_PAGE_TYPES()].map((urlPath) => builtFile(urlPath === MISSING_PATH ? '/404.html' : urlPath))
    // vnu writes its report to stderr and exits with 1 when it found errors.
    const { stderr } = await promisify(execFile)('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], {
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: { stderr?: string; code?: unknown; message: string }) => {
      if (error.code === 'ENOENT') throw new Error('java not found: the HTML check runs vnu.jar (./wijk test installs default-jre-headless)')
      return { stderr: error.stderr ?? error.message }
    })
    const messages = (JSON.parse(stderr) as { messages: VnuMessage[] }).messages
    const errors = messages
      .filter((m) => m.type !== 'info')
      .map((m) => `${m.url ? path.relative(siteDir, new URL(m.url).pathname) : '?'}:${m.lastLine ?? '?'} ${m.message} «${(m.extract ?? '').trim()}»`)
    expect(errors).toEqual([])
  })
})
