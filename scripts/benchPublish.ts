/**
 * pnpm bench:publish — publish-to-live on a synthetic wijk (default 500 organisations, 2,000 events,
 * 300 articles): the real CMS (cms/server.ts, SQLite) and the real builder on loopback. Prints the
 * builder's first (cold) build, then p50/p95 over N single-event edits, each measured from the CMS's
 * answer to the REST save until the builder serves the new HTML.
 * Options: --orgs N --events N --articles N --edits N
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { sayer } from '../shared/src/say.ts'
import { waitForSites, type WijkStatus } from '../sites/builder/index.ts'
import { getThroughHost, startBuilderProcess } from './lib/builderProcess.ts'
import { ensureAdminBuilt } from './lib/ensureAdminBuilt.ts'
import { freePort } from './lib/freePort.ts'
import { run, waitForHttp } from './lib/run.ts'

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    orgs: { type: 'string', default: '500' },
    events: { type: 'string', default: '2000' },
    articles: { type: 'string', default: '300' },
    edits: { type: 'string', default: '20' },
  },
})
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const say = sayer('[bench:publish]')
const WIJK = 'bench'
const PASSWORD = 'wijkdemo-2026' // the seed's demo password (cms/src/seed/demoUsers.ts)

/** "snapshot 0.45 s, render 0.52 s, …": each step's median over the builds. */
const medianSteps = (all: Record<string, number>[]) =>
  Object.keys(all[0] ?? {})
    .map(
      (step) =>
        `${step} ${quantile(
          all.map((steps) => steps[step]!).sort((a, b) => a - b),
          0.5,
        ).toFixed(2)} s`,
    )
    .join(', ')

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!

/** The CMS and the builder with their own database, media and output; stopped and removed by `stop()`. */
const startSystem = async () => {
  // Under out/ (git-ignored): the builder's work folders must be on the checkout's disk for in-place builds.
  mkdirSync(path.join(root, 'out'), { recursive: true })
  const dir = mkdtempSync(path.join(root, 'out', '.bench-publish-'))
  const [cmsPort, builderPort] = [await freePort(), await freePort()]
  const env = {
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: `file:${path.join(dir, 'bench.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: randomBytes(16).toString('hex'),
    SNAPSHOT_TOKEN: randomBytes(16).toString('hex'),
    WEBHOOK_SECRET: `whsec_${randomBytes(32).toString('base64')}`,
    PUBLIC_CMS_URL: `http://localhost:${cmsPort}`,
    BUILDER_URL: `http://127.0.0.1:${builderPort}/webhook`,
    SMTP_URL: 'console',
  }
  await ensureAdminBuilt(root, env)
  say(`synthetic wijk: ${values.orgs} organisaties, ${values.events} activiteiten, ${values.articles} artikelen (seed)…`)
  await run('pnpm', ['--filter', '@wijk/cms', 'seed', '--', '--wijk', WIJK, '--orgs', values.orgs, '--events', values.events, '--articles', values.articles], {
    cwd: root,
    env,
    stdio: 'ignore',
  })
  const children: ChildProcess[] = []
  const stop = () => {
    for (const child of children) child.kill('SIGTERM')
    rmSync(dir, { recursive: true, force: true })
  }
  process.once('exit', stop)
  children.push(
    spawn(process.execPath, ['server.ts', '--port', String(cmsPort)], {
      cwd: path.join(root, 'cms'),
      env: { ...env, NODE_ENV: 'production' },
      stdio: 'ignore',
    }),
  )
  const cmsUrl = `http://127.0.0.1:${cmsPort}`
  await waitForHttp(`${cmsUrl}/api/users/me`)
  const builder = await startBuilderProcess({ port: builderPort, env: { ...env, CMS_URL: cmsUrl, WIJK_OUT_ROOT: path.join(dir, 'out'), BUILDER_WIJKEN: WIJK } })
  children.push(builder.child)
  return { cmsUrl, builderUrl: builder.url, snapshotToken: env.SNAPSHOT_TOKEN, stop }
}

const login = async (cmsUrl: string): Promise<string> => {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: `redactie@${WIJK}.test`, password: PASSWORD }),
  })
  if (!response.ok) throw new Error(`login failed: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { token: string }).token
}

// With BUILDER_STATUS_TOKEN set the builder answers /status only to that Bearer token.
const statusHeaders: Record<string, string> = process.env.BUILDER_STATUS_TOKEN ? { Authorization: `Bearer ${process.env.BUILDER_STATUS_TOKEN}` } : {}
const builderStatus = async (builderUrl: string) =>
  ((await (await fetch(`${builderUrl}/status`, { headers: statusHeaders })).json()) as { wijken: Record<string, WijkStatus> }).wijken[WIJK]!

/** Polls the served page until it contains `text`; returns when it did. */
const waitUntilServed = async (builderUrl: string, urlPath: string, text: string, timeoutMs = 120_000) => {
  const deadline = performance.now() + timeoutMs
  let last = ''
  while (performance.now() < deadline) {
    const response = await getThroughHost(Number(new URL(builderUrl).port), `${WIJK}.localhost`, urlPath)
    if (response.status === 200 && response.text.includes(text)) return performance.now()
    last = `${response.status} ${response.text.match(/<title>([^<]*)/)?.[1] ?? ''}`
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error(`${urlPath} did not show "${text}" within ${timeoutMs / 1000} s (last answer: ${last})`)
}

/** Polls /status until the search index has caught up with the live pages; returns when it had. */
const waitForSearchIndex = async (builderUrl: string, timeoutMs = 60_000) => {
  const deadline = performance.now() + timeoutMs
  while (performance.now() < deadline) {
    const status = await builderStatus(builderUrl)
    if (status.state === 'idle' && !status.pending && !status.searchPending) return performance.now()
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error(`the search index did not catch up within ${timeoutMs / 1000} s`)
}

/** One edit: a new title saved through REST, timed from the CMS's answer until the page shows it. */
/** An event as the REST API lists it (depth 0), with what an edit uses. */
type EventDoc = { id: number | string; title: string; slug: string }

const timeOneEdit = async ({
  cmsUrl,
  builderUrl,
  token,
  event,
  marker,
}: {
  cmsUrl: string
  builderUrl: string
  token: string
  event: EventDoc
  marker: string
}) => {
  const title = `${event.title.replace(/ · bewerking \w+$/, '')} · bewerking ${marker}`
  const response = await fetch(`${cmsUrl}/api/events/${event.id}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ title, _status: 'published' }),
  })
  const saved = performance.now()
  if (!response.ok) throw new Error(`save failed: ${response.status} ${await response.text()}`)
  const { doc } = (await response.json()) as { doc: EventDoc }
  try {
    return (await waitUntilServed(builderUrl, `/agenda/${doc.slug}/`, `bewerking ${marker}`)) - saved
  } catch (error) {
    throw new Error(`${(error as Error).message}; the builder says: ${JSON.stringify(await builderStatus(builderUrl))}`)
  }
}

/** How long the CMS takes to answer GET /api/wijken/<slug>/snapshot (median of 3). */
const snapshotSeconds = async ({ cmsUrl, snapshotToken }: { cmsUrl: string; snapshotToken: string }) => {
  const times: number[] = []
  for (let i = 0; i < 3; i++) {
    const started = performance.now()
    const response = await fetch(`${cmsUrl}/api/wijken/${WIJK}/snapshot`, { headers: { Authorization: `Bearer ${snapshotToken}` } })
    await response.arrayBuffer()
    times.push((performance.now() - started) / 1000)
  }
  return times.sort((a, b) => a - b)[1]!
}

const main = async () => {
  const system = await startSystem()
  try {
    const started = performance.now()
    const [first] = await waitForSites(system.builderUrl, [WIJK])
    if (!first?.ok) throw new Error(`the first build failed: ${first?.message}`)
    const cold = await builderStatus(system.builderUrl)
    say(
      `first build by the builder (cold, incremental cache empty): ${cold.lastSuccess!.seconds.toFixed(2)} s, ${cold.lastSuccess!.pages} pages (${((performance.now() - started) / 1000).toFixed(1)} s after start-up)`,
    )
    const token = await login(system.cmsUrl)
    const events = (
      (await (
        await fetch(`${system.cmsUrl}/api/events?limit=${values.edits}&depth=0&where[_status][equals]=published`, {
          headers: { Authorization: `JWT ${token}` },
        })
      ).json()) as { docs: EventDoc[] }
    ).docs
    const times: number[] = []
    const steps: Record<string, number>[] = []
    for (const [i, event] of events.entries()) {
      const seconds = (await timeOneEdit({ ...system, token, event, marker: `${i + 1}x${randomBytes(3).toString('hex')}` })) / 1000
      times.push(seconds)
      const lastSuccess = (await builderStatus(system.builderUrl)).lastSuccess!
      if (lastSuccess.fast) steps.push(lastSuccess.steps!)
      say(
        `edit ${i + 1}/${events.length}: live after ${seconds.toFixed(2)} s (${lastSuccess.fast ? 'fast' : 'full'} build: ${JSON.stringify(lastSuccess.steps)})`,
      )
    }
    const lastLive = performance.now()
    const searchSeconds = (await waitForSearchIndex(system.builderUrl)) - lastLive
    const sorted = [...times].sort((a, b) => a - b)
    const { builds, durations } = await builderStatus(system.builderUrl)
    say(`the builder's steps, median over the fast builds: ${medianSteps(steps)}`)
    say(
      `of which: the CMS's snapshot ${(await snapshotSeconds(system)).toFixed(2)} s; a build from fetch to switch ${durations.average!.toFixed(2)} s on average`,
    )
    say(`machine: ${cpus().length} cores (${cpus()[0]?.model}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`)
    say(
      `search index caught up ${(searchSeconds / 1000).toFixed(2)} s after the last edit was live (it follows a fast publish after ${process.env.BUILDER_SEARCH_QUIET ?? 2} s without changes)`,
    )
    say(
      `publish-to-live over ${times.length} single-event edits: p50 ${quantile(sorted, 0.5).toFixed(2)} s, p95 ${quantile(sorted, 0.95).toFixed(2)} s, min ${sorted[0]!.toFixed(2)} s, max ${sorted.at(-1)!.toFixed(2)} s (${builds} builds in all)`,
    )
  } finally {
    system.stop()
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`[bench:publish] ${error.message}`)
    process.exit(1)
  },
)
