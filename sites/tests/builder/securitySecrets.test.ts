/**
 * Issue 15, finding 8 (the builder's side): production started with missing or demo secrets. With
 * NODE_ENV=production the builder now refuses to start, with a one-line reason, on a missing, known-demo
 * or too-short SNAPSHOT_TOKEN, WEBHOOK_SECRET or BUILDER_STATUS_TOKEN (the rule is shared with the CMS:
 * shared/src/productionSecrets.ts). The real builder process is started each time.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { DEV_SECRET_DEFAULTS } from '@wijk/shared/productionSecrets'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '../../../scripts/lib/freePort.ts'
import { startBuilder } from './helpers/builderProcess.ts'
import { releaseOnDisk } from './helpers/releaseOnDisk.ts'

const main = path.resolve(import.meta.dirname, '../../builder/main.ts')

const GOOD = {
  SNAPSHOT_TOKEN: 'snapshot-token-for-the-builder-test-0123',
  WEBHOOK_SECRET: `whsec_${Buffer.from('w'.repeat(32)).toString('base64')}`,
  BUILDER_STATUS_TOKEN: 'status-token-for-the-builder-test-0123456',
}

let release: ReturnType<typeof releaseOnDisk>
beforeAll(() => {
  release = releaseOnDisk('delfshaven', 'delfshaven.example.nl')
})
afterAll(() => release?.remove())

/** The builder in production with `secrets` (undefined: unset), expected to stop: its exit code and output. */
const startRefused = async (secrets: Partial<Record<keyof typeof GOOD, string | undefined>>) => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    CMS_URL: 'http://127.0.0.1:9',
    WIJK_OUT_ROOT: release.outRoot,
    BUILDER_PORT: String(await freePort()),
  }
  for (const name of Object.keys(GOOD)) delete env[name]
  for (const [name, value] of Object.entries(secrets)) if (value !== undefined) env[name] = value
  const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.setEncoding('utf8').on('data', (text) => (output += text))
  child.stderr.setEncoding('utf8').on('data', (text) => (output += text))
  // A builder that does start never exits by itself: stop it once it says it listens.
  child.stdout.on('data', () => /luistert op/.test(output) && child.kill('SIGTERM'))
  const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)))
  return { code, output }
}

const expectRefusal = async (secrets: Parameters<typeof startRefused>[0], reason: RegExp) => {
  const { code, output } = await startRefused(secrets)
  expect(output).not.toMatch(/luistert op/)
  expect(code).not.toBe(0)
  expect(output.trim().split('\n'), output).toHaveLength(1)
  expect(output.trim()).toMatch(/^\[builder\] Refusing to start: /)
  expect(output).toMatch(reason)
}

describe('the builder in production', () => {
  it('refuses to start without BUILDER_STATUS_TOKEN', () => expectRefusal({ ...GOOD, BUILDER_STATUS_TOKEN: undefined }, /BUILDER_STATUS_TOKEN is not set/))

  it('refuses to start with the repository’s development snapshot token', () =>
    expectRefusal({ ...GOOD, SNAPSHOT_TOKEN: DEV_SECRET_DEFAULTS.SNAPSHOT_TOKEN }, /SNAPSHOT_TOKEN is the development default/))

  it('refuses to start with `whsec_` and an empty key', () =>
    expectRefusal({ ...GOOD, WEBHOOK_SECRET: 'whsec_' }, /WEBHOOK_SECRET is not whsec_ followed by base64/))

  it('refuses to start with a short token', () =>
    expectRefusal({ ...GOOD, SNAPSHOT_TOKEN: 'test-snapshot-token' }, /SNAPSHOT_TOKEN has 19 characters; at least 32/))

  it('starts with strong secrets, and answers its status to the token', async () => {
    const builder = await startBuilder({
      cmsUrl: 'http://127.0.0.1:9',
      outRoot: release.outRoot,
      snapshotToken: GOOD.SNAPSHOT_TOKEN,
      extra: { ...GOOD, NODE_ENV: 'production' },
    })
    try {
      expect((await builder.status()).delfshaven).toMatchObject({ state: 'idle' })
    } finally {
      await builder.stop()
    }
  })
})
