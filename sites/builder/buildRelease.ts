import { buildSite, isOnSitesDisk } from '../scripts/lib/buildSite.mjs'
import { copyToRelease } from '../scripts/lib/copyToRelease.mjs'

export type BuildReleaseInput = {
  /** The wijk's slug. */
  wijk: string
  /** The validated snapshot, as the CMS sent it. */
  snapshotFile: string
  /** An empty folder to write the complete site into (renamed into place after this returns). */
  releaseDir: string
  /** The wijk's cache folder, kept between builds. */
  cacheDir: string
  /** The site as the previous build left it, rebuilt in place (never served). */
  workDir: string
  /** The live release's folder, to reuse unchanged output from; null for the first build. Read only. */
  previousReleaseDir: string | null
}

export type BuildReleaseResult = { pages: number; seconds: number }

/**
 * The one step that turns a snapshot into a release folder. Runs in the long-lived build worker
 * (buildWorker.ts), which keeps the wijk's search index in memory between builds.
 *
 * An incremental build updates the work folder in place (only pages whose content changed are
 * rendered, only those are re-indexed), and the release is the work folder frozen: unchanged files
 * are hard-linked from the live release. Astro can only build in place next to the checkout; an
 * output root on another disk gets a full build straight into the release folder.
 */
export const buildRelease = async ({ snapshotFile, releaseDir, cacheDir, workDir, previousReleaseDir }: BuildReleaseInput): Promise<BuildReleaseResult> => {
  const started = performance.now()
  if (!isOnSitesDisk(workDir)) {
    const { pages } = await buildSite({ snapshot: snapshotFile, out: releaseDir, cacheDir })
    return { pages, seconds: (performance.now() - started) / 1000 }
  }
  const { pages } = await buildSite({ snapshot: snapshotFile, out: workDir, cacheDir, incremental: true })
  copyToRelease({ workDir, releaseDir, previousReleaseDir })
  return { pages, seconds: (performance.now() - started) / 1000 }
}
