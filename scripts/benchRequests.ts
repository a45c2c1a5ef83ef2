// Load run of POST /api/aanvragen against the real CMS (cms/server.ts) on loopback, seeded with the demo.
// Prints requests/s and p50/p99 latency, then checks that every 2xx aanvraag is in the database.
// The per-IP limit is raised for the run with PUBLIC_RATE_LIMIT_MULTIPLIER (one machine, one IP).
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import autocannon from 'autocannon'

import { ensureAdminBuilt } from './lib/ensureAdminBuilt.ts'
import { freePort } from './lib/freePort.ts'
import { run, waitForHttp } from './lib/run.ts'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const cms = path.join(root, 'cms')
const { values } = parseArgs({ options: { seconds: { type: 'string', default: '20' }, connections: { type: 'string', default: '10' } } })

const dir = mkdtempSync(path.join(tmpdir(), 'wijk-bench-aanvragen-'))
const port = await freePort()
const url = `http://localhost:${port}`
const env = {
  ...process.env,
  NODE_ENV: 'development',
  DATABASE_URL: `file:${path.join(dir, 'bench.db')}`,
  MEDIA_DIR: path.join(dir, 'media'),
  // The server runs in production mode, which refuses missing or weak secrets.
  PAYLOAD_SECRET: randomBytes(16).toString('hex'),
  SNAPSHOT_TOKEN: randomBytes(16).toString('hex'),
  WEBHOOK_SECRET: `whsec_${randomBytes(32).toString('base64')}`,
  PUBLIC_CMS_URL: url,
  BUILDER_URL: 'off',
  PDOK_LOCATIESERVER_URL: 'off',
  // Mail is logged, not sent: this measures accepting and storing; the mail jobs still run.
  SMTP_URL: 'console',
  PUBLIC_RATE_LIMIT_MULTIPLIER: '1000000',
}

let server: ChildProcess | undefined
const stop = () => {
  if (server && server.exitCode === null) process.kill(-server.pid!, 'SIGTERM')
  rmSync(dir, { recursive: true, force: true })
}
try {
  await ensureAdminBuilt(root, env)
  await run('pnpm', ['seed'], { cwd: cms, env, stdio: 'ignore' })
  server = spawn(process.execPath, ['server.ts', '--port', String(port)], {
    cwd: cms,
    env: { ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  })
  await waitForHttp(`${url}/api/users/me`)

  const login = (await (
    await fetch(`${url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'beheer@wijkplatform.test', password: 'wijkdemo-2026' }),
    })
  ).json()) as { token: string }
  const auth = { Authorization: `JWT ${login.token}` }
  const events = (await (
    await fetch(`${url}/api/events?where[tenant.slug][equals]=delfshaven&where[organisation][exists]=true&limit=1&depth=0`, { headers: auth })
  ).json()) as { docs: { slug: string }[] }
  const eventSlug = events.docs[0]!.slug

  let n = 0
  const accepted = new Set<string>()
  const result = await autocannon({
    url: `${url}/api/aanvragen`,
    method: 'POST',
    connections: Number(values.connections),
    duration: Number(values.seconds),
    headers: { 'content-type': 'application/json', origin: 'http://delfshaven.localhost:4321' },
    requests: [
      {
        setupRequest: (request: object, context: { email?: string }) => {
          context.email = `bench${n++}@example.nl`
          return {
            ...request,
            body: JSON.stringify({
              kind: 'join',
              name: 'Bench Bewoner',
              email: context.email,
              message: 'Ik doe mee.',
              event: eventSlug,
              wijk: 'delfshaven',
              consent: true,
            }),
          }
        },
        onResponse: (status: number, _body: string, context: { email?: string }) => {
          if (status >= 200 && status < 300) accepted.add(context.email!)
        },
      },
    ],
  })
  const stored = (await (await fetch(`${url}/api/requests?where[email][like]=bench&limit=0&depth=0`, { headers: auth })).json()) as { totalDocs: number }
  const missing: string[] = []
  const storedEmails = new Set<string>()
  for (let page = 1; ; page++) {
    const batch = (await (
      await fetch(`${url}/api/requests?where[email][like]=bench&limit=1000&page=${page}&depth=0&select[email]=true`, { headers: auth })
    ).json()) as { docs: { email: string }[]; hasNextPage: boolean }
    for (const doc of batch.docs) storedEmails.add(doc.email)
    if (!batch.hasNextPage) break
  }
  for (const email of accepted) if (!storedEmails.has(email)) missing.push(email)

  console.log(`aanvragen load run: ${values.connections} connections, ${values.seconds} s, ${(await import('node:os')).availableParallelism()} cores`)
  console.log(
    `  requests/s: ${result.requests.average.toFixed(1)} (total ${result.requests.total}, 2xx ${result['2xx']}, non-2xx ${result.non2xx}, errors ${result.errors})`,
  )
  console.log(`  latency ms: p50 ${result.latency.p50}, p99 ${result.latency.p99}, max ${result.latency.max}`)
  console.log(`  stored: ${storedEmails.size} of ${accepted.size} accepted (${stored.totalDocs} bench rows); missing: ${missing.length}`)
  if (missing.length > 0 || accepted.size === 0) process.exitCode = 1
} finally {
  stop()
}
