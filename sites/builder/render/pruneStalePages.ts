import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'

import { filesUnder } from '../filesUnder.ts'

/** What of Astro's incremental-build.json this reads: each route's pages and their output files. */
type IncrementalManifest = { routes: Record<string, { paths: Record<string, { outputFile: string }> }> }

/** The output files of pages Astro kept from an earlier build (their cacheKey did not change). */
const keptPages = (cacheDir: string): Set<string> => {
  const manifest = path.join(cacheDir, 'incremental-build.json')
  if (!existsSync(manifest)) return new Set()
  const { routes } = JSON.parse(readFileSync(manifest, 'utf8')) as IncrementalManifest
  return new Set(Object.values(routes).flatMap((route) => Object.values(route.paths).map((entry) => path.normalize(entry.outputFile))))
}

/** Every HTML file of a built site, relative to its folder (the search bundle and assets left out). */
export const htmlFilesUnder = (dir: string) => filesUnder(dir, { skipFolders: ['_astro', 'pagefind'] }).filter((file) => file.endsWith('.html'))

/**
 * An in-place (incremental) build leaves pages that no longer exist, such as an unpublished event,
 * in the output folder. A page is current when this build wrote it or Astro kept it on purpose;
 * every other HTML file is deleted, with its folder when that becomes empty. Returns the removed paths.
 */
export const pruneStalePages = ({ outDir, cacheDir, builtSince }: { outDir: string; cacheDir: string; builtSince: number }) => {
  const kept = keptPages(cacheDir)
  const stale = htmlFilesUnder(outDir).filter((file) => !kept.has(file) && statSync(path.join(outDir, file)).mtimeMs < builtSince)
  for (const file of stale) {
    rmSync(path.join(outDir, file))
    const folder = path.dirname(path.join(outDir, file))
    if (folder !== outDir && readdirSync(folder).length === 0) rmdirSync(folder)
  }
  return stale
}
