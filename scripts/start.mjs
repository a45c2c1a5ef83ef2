/**
 * `pnpm start`: the whole local system on the embedded SQLite database.
 * Seeds the demo wijken on first run, builds the admin when its sources changed, then serves
 * the CMS on http://localhost:3000/admin. Options: --reseed (fresh demo data), --port N.
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { ensureLocalSecrets } from './lib/localSecrets.mjs'
import { run, waitForHttp } from './lib/run.mjs'
import { sourceStamp } from './lib/sourceStamp.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cms = path.join(root, 'cms')
const dataDir = path.join(cms, 'data')
const say = (message) => console.log(`\x1b[1m[start]\x1b[0m ${message}`)

const { values } = parseArgs({ options: { reseed: { type: 'boolean', default: false }, port: { type: 'string', default: process.env.PORT ?? '3000' } } })

const envFile = path.join(root, '.env')
if (existsSync(envFile)) process.loadEnvFile(envFile)
ensureLocalSecrets(dataDir)
process.env.PUBLIC_CMS_URL ||= `http://localhost:${values.port}`

const usesDefaultDatabase = !process.env.DATABASE_URL
if (values.reseed || (usesDefaultDatabase && !existsSync(path.join(dataDir, 'wijkplatform.db')))) {
  say('Demo data aanmaken (pnpm seed)…')
  await run('pnpm', ['--filter', '@wijk/cms', 'seed'], { cwd: root })
}

const stampFile = path.join(cms, '.next', 'wijk-source-stamp')
const stamp = sourceStamp(root, ['cms/src', 'cms/next.config.mjs', 'cms/package.json', 'shared/src', 'pnpm-lock.yaml'])
if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
  say('Admin bouwen (next build, ongeveer een minuut)…')
  await run('pnpm', ['--filter', '@wijk/cms', 'build'], { cwd: root, env: { ...process.env, NODE_ENV: 'production' } })
  writeFileSync(stampFile, stamp)
}

say(`CMS starten op poort ${values.port}…`)
const server = spawn('pnpm', ['exec', 'next', 'start', '-p', values.port], { cwd: cms, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))

await waitForHttp(`http://localhost:${values.port}/api/wijken/delfshaven/snapshot`)
say(`Klaar. Admin: http://localhost:${values.port}/admin  (accounts: zie README of de uitvoer van pnpm seed)`)
