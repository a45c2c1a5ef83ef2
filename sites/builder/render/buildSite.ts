import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { writeHostingFiles } from './hostingFiles.ts'
import { indexSite } from './indexSite.ts'
import { forgetLiveIndex, indexIncrementally } from './liveIndex.ts'
import { htmlFilesUnder, pruneStalePages } from './pruneStalePages.ts'

const sites = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Astro logs this once every page is written, before it encodes images (and before the sitemap). */
const PAGES_WRITTEN = 'generating optimized images'

/**
 * `astro build`; calls `onPagesWritten` as soon as the HTML is complete. Astro's info log (stdout) is
 * read for that moment, not shown; errors (stderr) are.
 */
const astroBuild = (env: NodeJS.ProcessEnv, onPagesWritten: () => void) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(sites, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: sites,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let tail = ''
    child.stdout.setEncoding('utf8').on('data', (text) => {
      if (tail.includes(PAGES_WRITTEN)) return
      tail = tail.slice(-PAGES_WRITTEN.length) + text
      if (tail.includes(PAGES_WRITTEN)) onPagesWritten()
    })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`astro build failed (exit ${code})`))))
  })

/** The nearest existing folder at or above `dir`. */
const existingAncestor = (dir: string): string => (existsSync(dir) ? dir : existingAncestor(path.dirname(dir)))

/**
 * Astro moves files from its work folder inside sites/ into the output folder with rename(), which
 * fails (EXDEV) across file systems. An output on another disk is built next to sites/ and copied.
 */
/** Whether `dir` (existing or not) is on the same file system as sites/, where Astro can write it directly. */
export const isOnSitesDisk = (dir: string) => statSync(existingAncestor(dir)).dev === statSync(sites).dev

export const stagingDirFor = (out: string) => {
  if (isOnSitesDisk(path.dirname(out))) return null
  mkdirSync(path.join(sites, '.astro'), { recursive: true })
  return mkdtempSync(path.join(sites, '.astro', 'staging-'))
}

const seconds = (from: number) => (performance.now() - from) / 1000

type Indexed = { pages: number; indexSeconds: number }

const timedIndex = async (dir: string): Promise<Indexed> => {
  const from = performance.now()
  await indexSite(dir)
  return { pages: htmlFilesUnder(dir).length, indexSeconds: seconds(from) }
}

/** After an in-place build: drop pages that are gone, then update the search index with what changed. */
const timedIncrementalIndex = async ({ dir, cacheDir, builtSince }: { dir: string; cacheDir: string; builtSince: number }): Promise<Indexed> => {
  const from = performance.now()
  const removed = pruneStalePages({ outDir: dir, cacheDir, builtSince })
  const pages = htmlFilesUnder(dir)
  const changed = pages.filter((file) => statSync(path.join(dir, file)).mtimeMs >= builtSince)
  await indexIncrementally(dir, { changed, removed })
  return { pages: pages.length, indexSeconds: seconds(from) }
}

/** `snapshot`: the snapshot file; `out`: the site's folder; `now`: the moment to build for (WIJK_NOW). */
type BuildSiteOptions = { snapshot: string; out: string; cacheDir?: string; now?: string; incremental?: boolean; env?: NodeJS.ProcessEnv }

/** What Vitest puts in process.env for its own import.meta.env: Astro's build would read DEV=1 from it. */
const TEST_RUNNER_ENV = ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']

const withoutTestRunnerEnv = (env: NodeJS.ProcessEnv) => Object.fromEntries(Object.entries(env).filter(([name]) => !TEST_RUNNER_ENV.includes(name)))

const buildEnvFor = ({
  snapshot,
  dir,
  cacheDir,
  now,
  incremental,
  env,
}: {
  snapshot: string
  dir: string
  cacheDir: string | undefined
  now: string | undefined
  incremental: boolean
  env: NodeJS.ProcessEnv
}): NodeJS.ProcessEnv => ({
  ...withoutTestRunnerEnv(env),
  // Always a production build, also when started from a test runner (test) or a dev script (development).
  NODE_ENV: 'production',
  WIJK_SNAPSHOT: snapshot,
  WIJK_OUT_DIR: dir,
  ...(cacheDir ? { WIJK_CACHE_DIR: cacheDir } : {}),
  ...(now ? { WIJK_NOW: now } : {}),
  ...(incremental ? { WIJK_INCREMENTAL: '1' } : {}),
})

/**
 * One wijk's site from a snapshot file into `out`: astro build, Pagefind index, hosting headers.
 * Pagefind starts as soon as the HTML is written, while Astro still encodes images: on 2 cores the
 * two overlap (neither keeps both cores busy). Returns the wall time of the whole build and of each
 * step, and the number of pages, for progress output and benchmarks.
 *
 * `incremental` (the builder's rebuilds): `out` is a work folder kept between builds, with `cacheDir`;
 * pages whose cacheKey did not change are not rendered again, and pages that no longer exist are
 * removed. It needs `out` on the same file system as sites/ (no staging copy).
 */
export const buildSite = async ({ snapshot, out, cacheDir, now, incremental = false, env = process.env }: BuildSiteOptions) => {
  if (incremental && !cacheDir) throw new Error('an incremental build needs its cacheDir')
  if (!incremental) rmSync(out, { recursive: true, force: true })
  const staging = stagingDirFor(out)
  if (incremental && staging) throw new Error(`an incremental build must write next to the checkout, not to another disk: ${out}`)
  const dir = staging ?? out
  const started = performance.now()
  const builtSince = Date.now()
  let indexing: Promise<Indexed> | null = null
  // Starts once the HTML is complete.
  const startIndexing = () => (indexing ??= incremental ? timedIncrementalIndex({ dir, cacheDir: cacheDir!, builtSince }) : timedIndex(dir))
  try {
    await astroBuild(buildEnvFor({ snapshot, dir, cacheDir, now, incremental, env }), () => void startIndexing().catch(() => {})).catch(async (error) => {
      await indexing?.catch(() => {})
      throw error
    })
    const buildSeconds = seconds(started)
    const { pages, indexSeconds } = await startIndexing()
    if (staging) cpSync(staging, out, { recursive: true })
    writeHostingFiles(out, env)
    return { pages, buildSeconds, indexSeconds, totalSeconds: seconds(started) }
  } catch (error) {
    // The work folder's pages and the in-memory search index may now disagree.
    if (incremental) await forgetLiveIndex(dir)
    throw error
  } finally {
    if (staging) rmSync(staging, { recursive: true, force: true })
  }
}
