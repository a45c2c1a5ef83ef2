/**
 * `pnpm start`: the whole local system on the embedded SQLite database.
 * Seeds the demo wijken on first run, builds the admin when its sources changed, serves the CMS on
 * http://localhost:3000/admin, then starts the site builder (port 4321), which builds every wijk that
 * has no site yet and serves them at http://<wijk>.localhost:4321/.
 * Options: --reseed (fresh demo data), --port N.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { sayer } from '../shared/src/say.ts'
import { ensureLocalSecrets } from './lib/localSecrets.ts'
import { ensureAdminBuilt } from './lib/ensureAdminBuilt.ts'
import { run, waitForHttp } from './lib/run.ts'
import { builderMainFile, listWijken, waitForSites } from '../sites/builder/index.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cms = path.join(root, 'cms')
const dataDir = path.join(cms, 'data')
const say = sayer('[start]')

const { values } = parseArgs({ options: { reseed: { type: 'boolean', default: false }, port: { type: 'string', default: process.env.PORT ?? '3000' } } })

const envFile = path.join(root, '.env')
if (existsSync(envFile)) process.loadEnvFile(envFile)
ensureLocalSecrets(dataDir)
// WEBHOOK_SECRET comes from ensureLocalSecrets: the CMS signs with it, the builder verifies.
process.env.BUILDER_PORT ||= '4321'
process.env.BUILDER_URL ||= `http://localhost:${process.env.BUILDER_PORT}/webhook`
process.env.PUBLIC_CMS_URL ||= `http://localhost:${values.port}`
// The local demo logs mail to the console unless .env names an SMTP server (production requires one).
process.env.SMTP_URL ||= 'console'

const usesDefaultDatabase = !process.env.DATABASE_URL
const seeding = values.reseed || (usesDefaultDatabase && !existsSync(path.join(dataDir, 'wijkplatform.db')))
if (seeding) {
  say('Demo data aanmaken (pnpm seed)…')
  await run('pnpm', ['--filter', '@wijk/cms', 'seed'], { cwd: root })
}

say('Admin bouwen als de code veranderd is (next build, ongeveer een minuut)…')
await ensureAdminBuilt(root)

say(`CMS starten op poort ${values.port}…`)
// cms/server.ts, not `next start`: it stamps the client address the rate limits use (TRUST_PROXY_HOPS).
const server = spawn(process.execPath, ['server.ts', '--port', values.port], { cwd: cms, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
const children = [server]
let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopping = true
    for (const child of children) child.kill(signal)
  })
}
server.on('exit', (code) => process.exit(code ?? 0))

const cmsUrl = `http://localhost:${values.port}`
await waitForHttp(`${cmsUrl}/api/wijken/delfshaven/snapshot`)
say(`CMS klaar. Admin: ${cmsUrl}/admin  (accounts: zie README of de uitvoer van pnpm seed)`)

const wijken = listWijken()
say(`Sitebouwer starten op poort ${process.env.BUILDER_PORT}; sites bouwen die er nog niet zijn (${wijken.join(', ')})…`)
const builder = spawn(process.execPath, [builderMainFile], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    CMS_URL: cmsUrl,
    BUILDER_WIJKEN: wijken.join(','),
    // Fresh demo data makes every existing site stale.
    ...(seeding ? { BUILDER_BUILD_ON_START: 'all' } : {}),
  },
})
children.push(builder)
builder.on('exit', (code) => {
  if (stopping) return
  say(`De sitebouwer is gestopt (exit ${code}); het CMS stopt ook.`)
  server.kill('SIGTERM')
})

const sites = await waitForSites(`http://127.0.0.1:${process.env.BUILDER_PORT}`, wijken)
for (const { wijk, ok, message } of sites) {
  say(ok ? `Site: http://${wijk}.localhost:${process.env.BUILDER_PORT}/` : `Site van ${wijk} niet gebouwd: ${message}`)
}
say(`Bouwstatus: http://localhost:${process.env.BUILDER_PORT}/status — publiceren in het CMS bouwt de site opnieuw.`)
