import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, type Stats, statSync, utimesSync } from 'node:fs'
import path from 'node:path'

import { filesUnder } from '../filesUnder.ts'

/**
 * Unchanged: the same modification time (utimes() keeps about a microsecond of the nanosecond mtime;
 * a rebuilt file is seconds newer), or rewritten with the same bytes, as Astro does with optimised
 * images and with list pages whose content did not change.
 */
const unchanged = (source: string, sourceStat: Stats, previous: string) => {
  const previousStat = statSync(previous)
  if (sourceStat.size !== previousStat.size) return false
  return Math.abs(sourceStat.mtimeMs - previousStat.mtimeMs) < 1 || readFileSync(source).equals(readFileSync(previous))
}

/**
 * Makes `releaseDir` a frozen copy of the work folder an incremental build writes in place.
 * A file the build did not touch since the previous release is hard-linked from that release
 * (release files are never written again, so sharing them is safe); everything else is copied
 * with its modification time, which is how the next release recognises it cheaply. Linking most of a
 * 3,000-file site takes a fraction of copying it. Returns how many files were linked and copied.
 */
export const copyToRelease = ({ workDir, releaseDir, previousReleaseDir }: { workDir: string; releaseDir: string; previousReleaseDir: string | null }) => {
  let linked = 0
  let copied = 0
  const made = new Set<string>()
  for (const file of filesUnder(workDir)) {
    const source = path.join(workDir, file)
    const target = path.join(releaseDir, file)
    const folder = path.dirname(target)
    if (!made.has(folder)) made.add(folder) && mkdirSync(folder, { recursive: true })
    const previous = previousReleaseDir ? path.join(previousReleaseDir, file) : null
    const stat = statSync(source)
    if (previous && existsSync(previous) && unchanged(source, stat, previous) && tryLink(previous, target)) {
      linked++
      continue
    }
    copyWithTime(source, target, stat)
    copied++
  }
  return { linked, copied }
}

/**
 * Copies with the source's modification time, which is how the next release recognises the file as
 * unchanged. Whatever `target` was is unlinked first: were it a hard link into an older release,
 * writing through it would change that release.
 */
const copyWithTime = (source: string, target: string, stat: Stats = statSync(source)) => {
  rmSync(target, { force: true })
  copyFileSync(source, target)
  utimesSync(target, stat.atimeMs / 1000, stat.mtimeMs / 1000)
}

/**
 * Puts the work folder's version of `files` into a release that holds links to the previous
 * release's files (releaseSkeleton.ts), turning it into the work folder frozen.
 */
export const replaceInRelease = ({ workDir, releaseDir, files }: { workDir: string; releaseDir: string; files: string[] }) => {
  for (const file of files) {
    mkdirSync(path.dirname(path.join(releaseDir, file)), { recursive: true })
    copyWithTime(path.join(workDir, file), path.join(releaseDir, file))
  }
}

/** Hard links cannot cross file systems (a release root on another disk): then the file is copied. */
const tryLink = (existing: string, target: string) => {
  try {
    linkSync(existing, target)
    return true
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException
    if (code === 'EXDEV' || code === 'EPERM' || code === 'EMLINK') return false
    throw error
  }
}
