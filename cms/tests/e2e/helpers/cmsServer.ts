import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { run, waitForHttp } from '../../../../scripts/lib/run.mjs'
import { sourceStamp } from '../../../../scripts/lib/sourceStamp.mjs'

const cms = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const root = path.dirname(cms)

export const SNAPSHOT_TOKEN = 'e2e-snapshot-token'

const freePort = () =>
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

/** The real CMS (next start) on its own SQLite file, seeded with the demo wijken through `pnpm seed`. */
export const startCms = async (): Promise<CmsServer> => {
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
  }
  await ensureBuilt(env)
  await run('pnpm', ['seed'], { cwd: cms, env, stdio: 'ignore' })
  const child: ChildProcess = spawn('pnpm', ['exec', 'next', 'start', '-p', String(port)], {
    cwd: cms,
    env: { ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  })
  const url = `http://localhost:${port}`
  await waitForHttp(`${url}/api/users/me`)
  const stop = async () => {
    if (child.exitCode !== null) return
    process.kill(-child.pid!, 'SIGTERM')
    await new Promise((resolve) => child.once('exit', resolve))
  }
  return { url, env, stop }
}
