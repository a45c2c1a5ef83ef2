import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { ensureAdminBuilt } from '../../../../scripts/lib/ensureAdminBuilt.ts'
import { freePort } from '../../../../scripts/lib/freePort.ts'
import { run, waitForHttp } from '../../../../scripts/lib/run.ts'

const cms = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const root = path.dirname(cms)

// Production mode refuses weak secrets (shared/src/productionSecrets.ts): at least 32 characters.
export const SNAPSHOT_TOKEN = 'e2e-snapshot-token-0123456789abcdef'
/** The Standard Webhooks secret the CMS signs build webhooks with (and a test builder verifies). */
export const WEBHOOK_SECRET = 'whsec_ZTJlLXdlYmhvb2stc2VjcmV0LWZvci1wdWJsaXNoLXRlc3Q='

export { freePort }

export type CmsServer = { url: string; env: NodeJS.ProcessEnv; stop: () => Promise<void> }

export type CmsOptions = {
  /** Where build webhooks go (BUILDER_URL). Default `off`: no builder runs, nothing is sent. */
  builderUrl?: string
  /** More environment for the CMS (and the seed). */
  env?: Record<string, string>
}

/** The real CMS (cms/server.ts, as in production) on its own SQLite file, seeded with the demo wijken through `pnpm seed`. */
export const startCms = async (options: CmsOptions = {}): Promise<CmsServer> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wijk-e2e-'))
  const port = await freePort()
  // The seed runs in development mode (migrations through onInit); the server below in production.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: `file:${path.join(dir, 'e2e.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: 'e2e-payload-secret-0123456789abcdef',
    SNAPSHOT_TOKEN,
    PUBLIC_CMS_URL: `http://localhost:${port}`,
    BUILDER_URL: options.builderUrl ?? 'off',
    PDOK_LOCATIESERVER_URL: 'off',
    // The server runs in production mode, which requires mail: logged unless a test gives its SMTP server.
    SMTP_URL: 'console',
    WEBHOOK_SECRET,
    // The tests stand in for one reverse proxy: the X-Forwarded-For they send names the client, so
    // their many posts from loopback do not all share one rate-limit bucket.
    TRUST_PROXY_HOPS: '1',
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
    await ensureAdminBuilt(root, env)
    await run('pnpm', ['seed'], { cwd: cms, env, stdio: 'ignore' })
    child = spawn(process.execPath, ['server.ts', '--port', String(port)], {
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
