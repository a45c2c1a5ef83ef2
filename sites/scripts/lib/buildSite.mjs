import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { writeHostingFiles } from './hostingFiles.mjs'
import { indexSite } from './indexSite.mjs'

const sites = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const astroBuild = (env) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(sites, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], { cwd: sites, env, stdio: 'inherit' })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`astro build failed (exit ${code})`))))
  })

/** The nearest existing folder at or above `dir`. */
const existingAncestor = (dir) => (existsSync(dir) ? dir : existingAncestor(path.dirname(dir)))

/**
 * Astro moves files from its work folder inside sites/ into the output folder with rename(), which
 * fails (EXDEV) across file systems. An output on another disk is built next to sites/ and copied.
 */
export const stagingDirFor = (out) => {
  if (statSync(existingAncestor(path.dirname(out))).dev === statSync(sites).dev) return null
  mkdirSync(path.join(sites, '.astro'), { recursive: true })
  return mkdtempSync(path.join(sites, '.astro', 'staging-'))
}

/**
 * One wijk's site from a snapshot file into `out`: astro build, Pagefind index, hosting headers.
 * Returns seconds per step and the number of pages, for progress output and benchmarks.
 */
export const buildSite = async ({ snapshot, out, cacheDir, now, env = process.env }) => {
  rmSync(out, { recursive: true, force: true })
  const staging = stagingDirFor(out)
  const buildEnv = { ...env, WIJK_SNAPSHOT: snapshot, WIJK_OUT_DIR: staging ?? out, ...(cacheDir ? { WIJK_CACHE_DIR: cacheDir } : {}), ...(now ? { WIJK_NOW: now } : {}) }
  const t0 = performance.now()
  try {
    await astroBuild(buildEnv)
    if (staging) cpSync(staging, out, { recursive: true })
  } finally {
    if (staging) rmSync(staging, { recursive: true, force: true })
  }
  const t1 = performance.now()
  const pages = await indexSite(out)
  const t2 = performance.now()
  writeHostingFiles(out)
  return { pages, buildSeconds: (t1 - t0) / 1000, indexSeconds: (t2 - t1) / 1000 }
}
