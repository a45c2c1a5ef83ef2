import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { TestProject } from 'vitest/node'

import { serveMedia } from '../scripts/lib/serveMedia.ts'

const sites = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const TEST_BUILDS = path.join(sites, '.test-build')

type TestBuild = { snapshot: string; out: string; mediaUrl: string }
type SharedBuild = { built: Promise<{ provided: TestBuild; close: () => void }>; users: number }

/**
 * The demo wijk through the real pipeline (seed → CMS snapshot code → file), its images served on
 * loopback like the CMS's media host, and one site build of it. Vitest calls this once per project
 * (vitest.config.ts): the projects share one build, removed when the last one is done.
 */
export default async function setup(project: TestProject) {
  const global = globalThis as { __wijkTestBuild?: SharedBuild }
  const shared = (global.__wijkTestBuild ??= { built: buildDemoSite(), users: 0 })
  shared.users += 1
  const { provided, close } = await shared.built
  project.provide('testBuild', provided)
  return async () => {
    shared.users -= 1
    if (shared.users === 0) close()
  }
}

const buildDemoSite = async () => {
  mkdirSync(TEST_BUILDS, { recursive: true })
  // One folder per run, so runs in parallel (several developers, or watch mode) never share files.
  const TEST_BUILD = mkdtempSync(path.join(TEST_BUILDS, 'run-'))
  const mediaDir = path.join(TEST_BUILD, 'media')
  const media = await serveMedia(mediaDir)
  const snapshot = path.join(TEST_BUILD, 'delfshaven.json')
  const out = path.join(TEST_BUILD, 'site')
  const env = { ...process.env, PUBLIC_CMS_URL: media.url }
  await run('pnpm', ['--filter', '@wijk/cms', 'snapshot:export', '--demo', '--media-dir', mediaDir, '--out', snapshot], { env, cwd: sites })
  const buildEnv = { ...env, WIJK_CACHE_DIR: path.join(TEST_BUILD, 'astro-cache') }
  // Asynchronous on purpose: the build fetches images from the media server running in this process.
  await run(process.execPath, [path.join(sites, 'scripts/build.ts'), '--snapshot', snapshot, '--out', out], { env: buildEnv, cwd: sites })
  const close = () => {
    media.close()
    rmSync(TEST_BUILD, { recursive: true, force: true })
  }
  return { provided: { snapshot, out, mediaUrl: media.url }, close }
}

const run = (command: string, args: string[], options: { env: NodeJS.ProcessEnv; cwd: string }) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args[0]} exited with ${code}`))))
  })

declare module 'vitest' {
  export interface ProvidedContext {
    testBuild: TestBuild
  }
}
