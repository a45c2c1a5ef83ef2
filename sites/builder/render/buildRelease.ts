import { rmSync } from 'node:fs'

import { sayer } from '@wijk/shared/say'

import { copyToRelease, replaceInRelease } from '../release/copyToRelease.ts'
import { forgetFrozen, isFrozenAs, rememberFrozen } from '../release/frozenWorkDir.ts'
import { startSkeleton } from '../release/releaseSkeleton.ts'
import { buildSite, isOnSitesDisk } from './buildSite.ts'
import { writeHostingFiles } from './hostingFiles.ts'
import { deferIndexing, forgetLiveIndex, hasUnindexedPages } from './liveIndex.ts'
import { stopwatch } from './stopwatch.ts'
import { createWarmRenderer } from './warm/warmRenderer.ts'

export type BuildReleaseInput = {
  /** The wijk's slug. */
  wijk: string
  /** The validated snapshot, as the CMS sent it. */
  snapshotFile: string
  /** An empty folder to write the complete site into (renamed into place after this returns). */
  releaseDir: string
  /** What `releaseDir` is renamed to once complete. */
  finalReleaseDir: string
  /** The wijk's cache folder, kept between builds. */
  cacheDir: string
  /** The site as the previous build left it, rebuilt in place (never served). */
  workDir: string
  /** The live release's folder, to reuse unchanged output from; null for the first build. Read only. */
  previousReleaseDir: string | null
}

/**
 * `now`: the moment the site was built for ("today", the screen feed's time).
 * `searchPending`: the release's search index does not have the newest pages yet (indexRelease.ts follows).
 */
export type BuildReleaseResult = { pages: number; seconds: number; warm: boolean; now: string; searchPending: boolean; steps: Record<string, number> }

const say = sayer('[builder]')

/** One per build worker: it keeps the last fully built wijk loaded (see warm/warmRenderer.ts). */
const warmRenderer = createWarmRenderer({ log: say })

/**
 * The publish fast path: the warm renderer re-renders only the changed pages into the work folder and
 * the release is frozen from it at once. The search index is left for a follow-up release
 * (indexRelease.ts): rewriting Pagefind's bundle takes longer than the rest of a publish. The old
 * index stays valid meanwhile, as this path never adds or removes a page. Null when a full build must run.
 *
 * When the work folder is still exactly the live release (frozenWorkDir.ts), the release is linked
 * from the live one on another thread while the pages render, and the changed files replace their links.
 */
const warmRelease = async (input: BuildReleaseInput, now: string) => {
  const { wijk, snapshotFile, workDir, releaseDir, previousReleaseDir } = input
  const skeleton = previousReleaseDir && isFrozenAs(workDir, previousReleaseDir) ? startSkeleton({ from: previousReleaseDir, to: releaseDir }) : null
  skeleton?.catch(() => {}) // awaited below; until then a failure must not count as unhandled
  try {
    const rebuilt = await warmRenderer.rebuild({ wijk, snapshotFile, workDir, now })
    if (!rebuilt) return await discarded(skeleton, releaseDir)
    const changed: string[] = rebuilt.changed
    deferIndexing(
      workDir,
      changed.filter((file) => file.endsWith('.html')),
    )
    writeHostingFiles(workDir)
    const clock = stopwatch()
    if (skeleton) {
      await skeleton
      replaceInRelease({ workDir, releaseDir, files: [...changed, '_headers'] })
    } else copyToRelease({ workDir, releaseDir, previousReleaseDir })
    clock.lap('release')
    return { pages: rebuilt.pages, steps: { ...rebuilt.steps, ...clock.laps } }
  } catch (error) {
    // The work folder may now hold some of this snapshot's pages: the full build below redoes them all.
    say(`snelle herbouw mislukt, volledige bouw volgt: ${(error as Error).message}`)
    await forgetLiveIndex(workDir)
    return discarded(skeleton, releaseDir)
  }
}

/** The release folder emptied again for the full build (links in it must not be written through). */
const discarded = async (skeleton: Promise<number> | null, releaseDir: string) => {
  await skeleton?.catch(() => {})
  rmSync(releaseDir, { recursive: true, force: true })
  return null
}

/**
 * The one step that turns a snapshot into a release folder. Runs in the long-lived build worker
 * (buildWorker.ts), which keeps the wijk's search index and warm renderer in memory between builds.
 *
 * A publish first tries the warm renderer (only the pages whose content changed are rendered, in an
 * already running Vite server); when it declines, an incremental `astro build` updates the work folder
 * in place. Either way only changed pages are re-indexed, and the release is the work folder frozen:
 * unchanged files are hard-linked from the live release. Astro can only build in place next to the
 * checkout; an output root on another disk gets a full build straight into the release folder.
 * After a full build, `prepareWarmRenderer` (run by the worker once the release is handed over)
 * loads the new state into the warm renderer.
 */
export const buildRelease = async (input: BuildReleaseInput): Promise<BuildReleaseResult> => {
  const { snapshotFile, releaseDir, cacheDir, workDir, previousReleaseDir } = input
  const started = performance.now()
  const seconds = () => (performance.now() - started) / 1000
  // One moment for the whole build (a fixed WIJK_NOW, as tests and benchmarks set, stays fixed).
  const now = process.env.WIJK_NOW ?? new Date().toISOString()
  forgetFrozen()
  if (!isOnSitesDisk(workDir)) {
    const clock = stopwatch()
    const { pages } = await buildSite({ snapshot: snapshotFile, out: releaseDir, cacheDir, now })
    clock.lap('build')
    return { pages, seconds: seconds(), warm: false, now, searchPending: false, steps: clock.laps }
  }
  const warm = await warmRelease(input, now)
  if (warm) {
    rememberFrozen(workDir, input.finalReleaseDir)
    return { pages: warm.pages, seconds: seconds(), warm: true, now, searchPending: hasUnindexedPages(workDir), steps: warm.steps }
  }
  const clock = stopwatch()
  const { pages } = await buildSite({ snapshot: snapshotFile, out: workDir, cacheDir, incremental: true, now })
  clock.lap('build')
  copyToRelease({ workDir, releaseDir, previousReleaseDir })
  clock.lap('release')
  rememberFrozen(workDir, input.finalReleaseDir)
  return { pages, seconds: seconds(), warm: false, now, searchPending: false, steps: clock.laps }
}

/**
 * Loads a full build's snapshot and work folder into the warm renderer (a few seconds), so the next
 * publish takes the fast path. Needs the snapshot file to still exist; a failure only costs the fast path.
 */
export const prepareWarmRenderer = async ({ wijk, snapshotFile, workDir, cacheDir }: BuildReleaseInput, now: string) => {
  if (!isOnSitesDisk(workDir)) return
  try {
    await warmRenderer.prepare({ wijk, snapshotFile, workDir, cacheDir, now })
  } catch (error) {
    say(`snelle herbouw niet beschikbaar: ${(error as Error).message}`)
  }
}
