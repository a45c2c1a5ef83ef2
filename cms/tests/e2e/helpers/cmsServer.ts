import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { run, waitForHttp } from '../../../../scripts/lib/run.mjs'
import { sourceStamp } from '../../../../scripts/lib/sourceStamp.mjs'

const cms = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const root = path.dirname(cms)

export const SNAPSHOT_TOKEN = 'e2e-snapshot-token'
/** The Standard Webhooks secret the CMS signs build webhooks with (and a test builder verifies). */
export const WEBHOOK_SECRET = 'whsec_ZTJlLXdlYmhvb2stc2VjcmV0LWZvci1wdWJsaXNoLXRlc3Q='

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

/** Builds the admin only when its sources changed since the last build (same stamp as `pnpm start`). */
const ensureBuilt = async (env: NodeJS.ProcessEnv) => {
  const stampFile = path.join(cms, '.next', 'wijk-source-stamp')
  const stamp = sourceStamp(root, ['cms/src', 'cms/next.config.mjs', 'cms/package.json', 'shared/src', 'pnpm-lock.yaml'])
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return
  await run('pnpm', ['exec', 'next', 'build'], { cwd: cms, env: { ...env, NODE_ENV: 'production' } })
  writeFileSync(stampFile, stamp)
}

export type CmsServer = { url: string; env: NodeJS.ProcessEnv; stop: () => Promise<void> }

export type CmsOptions = {
  /** Where build webhooks go (BUILDER_URL). Default `off`: no builder runs, nothing is sent. */
  builderUrl?: string
  /** More environment for the CMS (and the seed). */
  env?: Record<string, string>
}

/** The real CMS (next start) on its own SQLite file, seeded with the demo wijken through `pnpm seed`. */
export const startCms = async (options: CmsOptions = {}): Promise<CmsServer> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wijk-e2e-'))
  const port = await freePort()
  // The seed runs in development mode (migrations through onInit); the server below in production.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: `file:${path.join(dir, 'e2e.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: 'e2e-payload-secret',
    SNAPSHOT_TOKEN,
    PUBLIC_CMS_URL: `http://localhost:${port}`,
    BUILDER_URL: options.builderUrl ?? 'off',
    WEBHOOK_SECRET,
    ...options.env,
  }
  let child: ChildProcess | undefined
  const stop = async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve))
      process.kill(-child.pid!, 'SIGTERM')
      await exited
    }
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    await ensureBuilt(env)
    await run('pnpm', ['seed'], { cwd: cms, env, stdio: 'ignore' })
    child = spawn('pnpm', ['exec', 'next', 'start', '-p', String(port)], {
      cwd: cms,
      env: { ...env, NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    })
    await waitForHttp(`http://localhost:${port}/api/users/me`)
  } catch (error) {
    await stop()
    throw error
  }
  return { url: `http://localhost:${port}`, env, stop }
}
