/**
 * pnpm bench:site — cold build + index of a synthetic wijk (default 500 organisations, 2,000 events,
 * 300 articles), median of 3 runs, with the CPU time each cold run used; one warm rebuild that keeps the cache dir (as the builder does on a
 * publish); and the gzipped weight of the home and agenda pages (HTML + CSS).
 * Options: --orgs N --events N --articles N --runs N
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'

import { sayer } from '@wijk/shared/say'

import { buildSite } from '../builder/render/buildSite.ts'
import { childrenEnded, reapedChildrenCpuSeconds } from './lib/childCpu.ts'
import { serveMedia } from './lib/serveMedia.ts'

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    orgs: { type: 'string', default: '500' },
    events: { type: 'string', default: '2000' },
    articles: { type: 'string', default: '300' },
    runs: { type: 'string', default: '3' },
  },
})
const say = sayer('[bench:site]')
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

const work = mkdtempSync(path.join(tmpdir(), 'wijk-bench-'))
const mediaDir = path.join(work, 'media')
const media = await serveMedia(mediaDir)
const snapshot = path.join(work, 'bench.json')
say(`synthetic wijk: ${values.orgs} organisaties, ${values.events} activiteiten, ${values.articles} artikelen (seed + export)…`)
execFileSync(
  'pnpm',
  [
    '--filter',
    '@wijk/cms',
    'snapshot:export',
    '--wijk',
    'bench',
    '--orgs',
    values.orgs,
    '--events',
    values.events,
    '--articles',
    values.articles,
    '--media-dir',
    mediaDir,
    '--out',
    snapshot,
  ],
  { env: { ...process.env, PUBLIC_CMS_URL: media.url }, stdio: ['ignore', 'ignore', 'inherit'] },
)

// Each run writes ~3,000 files; flushing them first keeps a run from paying for the previous one's writeback.
const settle = () => execFileSync('sync')

const runs: (Awaited<ReturnType<typeof buildSite>> & { cpuSeconds: number | null })[] = []
for (let i = 0; i < Number(values.runs); i++) {
  settle()
  const cacheDir = path.join(work, `cache-${i}`) // a fresh cache every run: cold builds
  // A new folder per build, as the builder's release folders: deleting and re-creating thousands of
  // files at once is slow on ext4 (recently freed inodes are skipped) and is not what a publish does.
  const out = path.join(work, `site-${i}`)
  const cpuBefore = reapedChildrenCpuSeconds()
  const result = await buildSite({ snapshot, out, cacheDir })
  await childrenEnded()
  const cpuSeconds = cpuBefore === null ? null : reapedChildrenCpuSeconds()! - cpuBefore
  runs.push({ ...result, cpuSeconds })
  say(
    `run ${i + 1}: ${result.totalSeconds.toFixed(2)} s (astro build ${result.buildSeconds.toFixed(2)} s; Pagefind ${result.indexSeconds.toFixed(2)} s, overlapping the image step), ${result.pages} pagina's${cpuSeconds === null ? '' : `, ${cpuSeconds.toFixed(1)} CPU-s`}`,
  )
}

// What the builder does on every publish: the wijk's cache dir (optimised images, content store) is kept.
const out = path.join(work, 'site-warm')
settle()
const warm = await buildSite({ snapshot, out, cacheDir: path.join(work, `cache-${runs.length - 1}`) })

const gzipKb = (urlPath: string) => {
  const html = readFileSync(path.join(out, urlPath, 'index.html'), 'utf8')
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(path.join(out, m[1]!), 'utf8')).join('')
  return (gzipSync(html).length + gzipSync(css).length) / 1024
}
const total = median(runs.map((r) => r.totalSeconds))
const build = median(runs.map((r) => r.buildSeconds))
const index = median(runs.map((r) => r.indexSeconds))
const pages = runs[0]!.pages
say(`machine: ${cpus().length} cores (${cpus()[0]?.model}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`)
say(
  `median of ${runs.length} cold runs: build + index ${total.toFixed(2)} s (astro build ${build.toFixed(2)} s, Pagefind ${index.toFixed(2)} s), ${pages} pages, ${(pages / total).toFixed(0)} pages/s`,
)
// No schedule can finish before the CPU work is done on every core at once: the floor for this machine.
const cpu = runs.every((r) => r.cpuSeconds !== null) ? median(runs.map((r) => r.cpuSeconds!)) : null
if (cpu !== null)
  say(
    `CPU time of a cold build + index (Astro, its threads and Pagefind; user + system): median ${cpu.toFixed(1)} CPU-s, so never under ${(cpu / cpus().length).toFixed(1)} s on these ${cpus().length} cores`,
  )
say(
  `warm rebuild (cache dir kept, as on a publish): build + index ${warm.totalSeconds.toFixed(2)} s (astro build ${warm.buildSeconds.toFixed(2)} s, Pagefind ${warm.indexSeconds.toFixed(2)} s)`,
)
say(`gzipped HTML+CSS: home ${gzipKb('/').toFixed(1)} KB, agenda ${gzipKb('/agenda/').toFixed(1)} KB`)
media.close()
rmSync(work, { recursive: true, force: true })
