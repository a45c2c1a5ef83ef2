import { buildSite } from '../scripts/lib/buildSite.mjs'

export type BuildReleaseInput = {
  /** The wijk's slug. */
  wijk: string
  /** The validated snapshot, as the CMS sent it. */
  snapshotFile: string
  /** An empty folder to write the complete site into (renamed into place after this returns). */
  releaseDir: string
  /** The wijk's cache folder, kept between builds. */
  cacheDir: string
  /** The live release's folder, to reuse unchanged output from; null for the first build. Read only. */
  previousReleaseDir: string | null
}

export type BuildReleaseResult = { pages: number; seconds: number }

/**
 * The one step that turns a snapshot into a release folder. Runs in the build worker (buildWorker.ts),
 * a long-lived child process: module state survives from one build to the next (a warm index), but
 * not a kill, crash or timeout (the next build then starts a fresh worker). Builds never overlap.
 * For now a full `buildSite` (astro build + Pagefind + _headers); an incremental build can replace this body.
 */
export const buildRelease = async ({ snapshotFile, releaseDir, cacheDir }: BuildReleaseInput): Promise<BuildReleaseResult> => {
  const { pages, totalSeconds } = await buildSite({ snapshot: snapshotFile, out: releaseDir, cacheDir, now: undefined })
  return { pages, seconds: totalSeconds }
}
