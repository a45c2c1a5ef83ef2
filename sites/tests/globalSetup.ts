import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { serveDirectory } from './helpers/staticServer'

const sites = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const TEST_BUILD = path.join(sites, '.test-build')

/**
 * Once per test run: the demo wijk through the real pipeline (seed → CMS snapshot code → file),
 * its images served on loopback like the CMS's media host, and one site build of it.
 */
export default async function setup() {
  rmSync(TEST_BUILD, { recursive: true, force: true })
  mkdirSync(TEST_BUILD, { recursive: true })
  const mediaDir = path.join(TEST_BUILD, 'media')
  const media = await serveDirectory(mediaDir, '/api/media/file/')
  const snapshot = path.join(TEST_BUILD, 'delfshaven.json')
  const out = path.join(TEST_BUILD, 'site')
  const env = { ...process.env, PUBLIC_CMS_URL: media.url }
  execFileSync('pnpm', ['--filter', '@wijk/cms', 'snapshot:export', '--demo', '--media-dir', mediaDir, '--out', snapshot], { env, stdio: 'inherit' })
  execFileSync(process.execPath, [path.join(sites, 'scripts/build.mjs'), '--snapshot', snapshot, '--out', out], { env, stdio: 'inherit', cwd: sites })
  writeFileSync(path.join(TEST_BUILD, 'manifest.json'), JSON.stringify({ snapshot, out, mediaUrl: media.url }))
  return () => new Promise<void>((resolve) => media.server.close(() => resolve()))
}
