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
 * The one step that turns a snapshot into a release folder. Runs in its own process (buildWorker.ts)
 * so a stuck or killed build never takes the builder with it. For now a full `buildSite`
 * (astro build + Pagefind + _headers); an incremental build can replace this body.
 */
export const buildRelease = async ({ snapshotFile, releaseDir, cacheDir }: BuildReleaseInput): Promise<BuildReleaseResult> => {
  const { pages, totalSeconds } = await buildSite({ snapshot: snapshotFile, out: releaseDir, cacheDir, now: undefined })
  return { pages, seconds: totalSeconds }
}
