/**
 * Where a wijk's builds live:
 *   <outRoot>/<wijk>/releases/<id>/   one complete site per build, never changed after publishing
 *   <outRoot>/<wijk>/releases/.partial-<id>/   a build in progress; renamed to <id> only when complete,
 *                                     so a crash never leaves a half site that rollback could pick
 *   <outRoot>/<wijk>/current          symlink to releases/<id>: what is live
 *   <outRoot>/<wijk>/cache/           Astro's cache between builds (optimised images, incremental data)
 *   <outRoot>/<wijk>/work/            the site as the last build left it, rebuilt in place; never served
 *   <outRoot>/<wijk>/wijk.json        what the builder remembers about the wijk (domain, last success)
 */
import { existsSync, readdirSync, readlinkSync, realpathSync } from 'node:fs'
import path from 'node:path'

export const wijkDir = (outRoot: string, wijk: string) => path.join(outRoot, wijk)
const releasesDir = (outRoot: string, wijk: string) => path.join(outRoot, wijk, 'releases')
export const releaseDir = (outRoot: string, wijk: string, id: string) => path.join(outRoot, wijk, 'releases', id)
export const partialReleaseDir = (outRoot: string, wijk: string, id: string) => path.join(outRoot, wijk, 'releases', `.partial-${id}`)
export const currentLink = (outRoot: string, wijk: string) => path.join(outRoot, wijk, 'current')
export const cacheDir = (outRoot: string, wijk: string) => path.join(outRoot, wijk, 'cache')
export const workDir = (outRoot: string, wijk: string) => path.join(outRoot, wijk, 'work')
export const wijkInfoFile = (outRoot: string, wijk: string) => path.join(outRoot, wijk, 'wijk.json')

const isComplete = (name: string) => !name.startsWith('.')

/** Complete release ids, oldest first (ids sort by time). */
export const listReleases = (outRoot: string, wijk: string): string[] => {
  const dir = releasesDir(outRoot, wijk)
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && isComplete(entry.name))
    .map((entry) => entry.name)
    .sort()
}

/** Folders of builds that never finished (the builder was stopped mid-build). */
export const partialReleases = (outRoot: string, wijk: string): string[] => {
  const dir = releasesDir(outRoot, wijk)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.startsWith('.partial-'))
    .map((name) => path.join(dir, name))
}

/** The id of the live release, or null before the first publish. */
export const currentReleaseId = (outRoot: string, wijk: string): string | null => {
  try {
    return path.basename(readlinkSync(currentLink(outRoot, wijk)))
  } catch {
    return null
  }
}

/** The folder a `current` link points at, or null when there is none (yet). */
export const resolvedRelease = (link: string): string | null => {
  try {
    return realpathSync(link)
  } catch {
    return null
  }
}

/** Wijken with a folder under outRoot (built before, perhaps by an earlier run of the builder). */
export const wijkenOnDisk = (outRoot: string): string[] =>
  existsSync(outRoot)
    ? readdirSync(outRoot, { withFileTypes: true })
        .filter((e) => e.isDirectory() && existsSync(releasesDir(outRoot, e.name)))
        .map((e) => e.name)
        .sort()
    : []
