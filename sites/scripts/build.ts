/**
 * pnpm site:build --snapshot FILE --out DIR
 * pnpm site:build --cms http://localhost:3000 --wijk delfshaven --out DIR   (token from SNAPSHOT_TOKEN)
 * Builds one wijk's static site from its snapshot, indexes it with Pagefind and writes hosting headers.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { sayer } from '@wijk/shared/say'

import { buildSite } from '../builder/render/buildSite.ts'

const say = sayer('[site]')
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)} s`

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { snapshot: { type: 'string' }, cms: { type: 'string' }, wijk: { type: 'string' }, out: { type: 'string' }, now: { type: 'string' } },
})

// pnpm runs this inside sites/; paths on the command line are meant relative to where it was typed.
const fromCaller = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p)

const fail = (message: string): never => {
  console.error(`site:build: ${message}`)
  process.exit(2)
}

const fetchSnapshot = async (cms: string, wijk: string) => {
  const token = process.env.SNAPSHOT_TOKEN
  if (!token) fail('SNAPSHOT_TOKEN is needed to fetch a snapshot from the CMS.')
  const response = await fetch(new URL(`/api/wijken/${encodeURIComponent(wijk)}/snapshot`, cms), { headers: { Authorization: `Bearer ${token}` } })
  if (!response.ok) fail(`the CMS answered ${response.status} for wijk "${wijk}": ${(await response.text()).slice(0, 300)}`)
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'wijk-snapshot-')), `${wijk}.json`)
  writeFileSync(file, await response.text())
  return file
}

const main = async () => {
  if (!values.out) fail('--out DIR is required.')
  if (!values.snapshot && !(values.cms && values.wijk)) fail('give --snapshot FILE, or --cms URL with --wijk SLUG.')
  const started = performance.now()
  const snapshot = values.snapshot ? fromCaller(values.snapshot) : await fetchSnapshot(values.cms!, values.wijk!)
  const out = fromCaller(values.out!)
  say('astro build…')
  const result = await buildSite({ snapshot, out, now: values.now, cacheDir: process.env.WIJK_CACHE_DIR })
  say(
    `${result.pages} pagina's in ${seconds(started)} (astro build ${result.buildSeconds.toFixed(2)} s, zoekindex ${result.indexSeconds.toFixed(2)} s, deels tegelijk) → ${out}`,
  )
}

main().catch((error: Error) => {
  console.error(`site:build: ${error.message}`)
  process.exit(1)
})
