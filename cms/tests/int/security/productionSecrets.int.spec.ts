/**
 * Issue 15, finding 8: production started with missing or demo secrets. Only PAYLOAD_SECRET was checked
 * at start; SNAPSHOT_TOKEN and WEBHOOK_SECRET failed only on first use, and the development defaults in
 * the repository or `whsec_` with an empty key were accepted. With NODE_ENV=production the CMS now
 * refuses to start, with a one-line reason, on a missing, known-demo or too-short secret.
 * The CMS is started for real: a child process that loads the Payload config and calls getPayload.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { DEV_SECRET_DEFAULTS, productionSecretsProblem } from '@wijk/shared/productionSecrets'
import { afterAll, describe, expect, it } from 'vitest'

const cms = path.resolve(import.meta.dirname, '../../..')
const probe = path.join(import.meta.dirname, 'helpers/startPayloadProbe.ts')
const work = mkdtempSync(path.join(tmpdir(), 'wijk-secrets-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const GOOD = {
  PAYLOAD_SECRET: 'a'.repeat(24) + '-payload-secret-for-test',
  SNAPSHOT_TOKEN: 'b'.repeat(24) + '-snapshot-token-for-test',
  WEBHOOK_SECRET: `whsec_${Buffer.from('c'.repeat(32)).toString('base64')}`,
}

let run = 0
/** The CMS started in production mode with `secrets` (undefined: unset); its exit code and output. */
const startCms = (secrets: Partial<Record<keyof typeof GOOD | 'BUILDER_STATUS_TOKEN', string | undefined>>) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    run += 1
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: `file:${path.join(work, `run-${run}.db`)}`,
      MEDIA_DIR: path.join(work, 'media'),
      SMTP_URL: 'console',
      BUILDER_URL: 'off',
      PDOK_LOCATIESERVER_URL: 'off',
      PAYLOAD_SECRET: undefined,
      SNAPSHOT_TOKEN: undefined,
      WEBHOOK_SECRET: undefined,
      BUILDER_STATUS_TOKEN: undefined,
    }
    for (const [name, value] of Object.entries(secrets)) env[name] = value
    const child = spawn(process.execPath, ['--import', 'tsx', probe], { cwd: cms, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (text) => (stdout += text))
    child.stderr.setEncoding('utf8').on('data', (text) => (stderr += text))
    child.on('error', reject)
    child.on('exit', (code) => resolve({ code, stdout, stderr }))
  })

const expectRefusal = async (secrets: Parameters<typeof startCms>[0], reason: RegExp) => {
  const { code, stdout, stderr } = await startCms(secrets)
  expect(stdout).not.toContain('payload started')
  expect(code).not.toBe(0)
  // One line that says what is wrong, not a stack trace.
  const line = stderr.split('\n').find((l) => l.startsWith('[cms] Refusing to start: '))
  expect(line, stderr).toMatch(reason)
  expect(stderr).not.toMatch(/^\s+at /m)
}

describe('the CMS in production', () => {
  it('refuses to start without SNAPSHOT_TOKEN', () => expectRefusal({ ...GOOD, SNAPSHOT_TOKEN: undefined }, /SNAPSHOT_TOKEN is not set/))

  it('refuses to start with the development default PAYLOAD_SECRET from the repository', () =>
    expectRefusal({ ...GOOD, PAYLOAD_SECRET: DEV_SECRET_DEFAULTS.PAYLOAD_SECRET }, /PAYLOAD_SECRET is the development default/))

  it('refuses to start with `whsec_` and an empty key', () =>
    expectRefusal({ ...GOOD, WEBHOOK_SECRET: 'whsec_' }, /WEBHOOK_SECRET is not whsec_ followed by base64/))

  it('refuses to start with a short snapshot token (the old e2e value)', () =>
    expectRefusal({ ...GOOD, SNAPSHOT_TOKEN: 'e2e-snapshot-token' }, /SNAPSHOT_TOKEN has 18 characters; at least 32/))

  it('starts with strong secrets', async () => {
    const { code, stdout, stderr } = await startCms(GOOD)
    expect(stdout + stderr).toContain('payload started')
    expect(code).toBe(0)
  })
})

describe('the rule (shared with the builder)', () => {
  const required = ['PAYLOAD_SECRET', 'SNAPSHOT_TOKEN', 'WEBHOOK_SECRET'] as const
  const problem = (change: Record<string, string | undefined>) => productionSecretsProblem({ ...GOOD, ...change }, required, ['BUILDER_STATUS_TOKEN'])

  it('names the first missing, demo, short or malformed secret in one line', () => {
    expect(problem({})).toBeNull()
    expect(problem({ WEBHOOK_SECRET: undefined })).toMatch(/^WEBHOOK_SECRET is not set/)
    expect(problem({ PAYLOAD_SECRET: '' })).toMatch(/^PAYLOAD_SECRET is not set/)
    for (const [name, value] of Object.entries(DEV_SECRET_DEFAULTS))
      expect(problem({ [name]: value })).toMatch(new RegExp(`^${name} is the development default`))
    expect(problem({ PAYLOAD_SECRET: 'x'.repeat(31) })).toMatch(/^PAYLOAD_SECRET has 31 characters/)
    expect(problem({ PAYLOAD_SECRET: 'x'.repeat(32) })).toBeNull()
    expect(problem({ WEBHOOK_SECRET: `whsec_${Buffer.alloc(16, 7).toString('base64')}` })).toMatch(/holds 16 bytes; at least 24/)
    expect(problem({ WEBHOOK_SECRET: `whsec_${Buffer.alloc(24, 7).toString('base64')}` })).toBeNull()
    expect(problem({ WEBHOOK_SECRET: 'y'.repeat(48) })).toMatch(/not whsec_ followed by base64/)
    expect(problem({ WEBHOOK_SECRET: 'whsec_not base64 at all!!' })).toMatch(/not whsec_ followed by base64/)
    for (const line of [problem({ SNAPSHOT_TOKEN: 'short' }), problem({ WEBHOOK_SECRET: 'whsec_' })]) expect(line).not.toContain('\n')
  })

  it('checks an optional secret (the builder status token in the CMS) only when it is set', () => {
    expect(problem({ BUILDER_STATUS_TOKEN: undefined })).toBeNull()
    expect(problem({ BUILDER_STATUS_TOKEN: 'short' })).toMatch(/^BUILDER_STATUS_TOKEN has 5 characters/)
  })
})
