import { copyToRelease } from '../release/copyToRelease.ts'
import { forgetLiveIndex, indexIncrementally } from './liveIndex.ts'
import { forgetFrozen, rememberFrozen } from '../release/frozenWorkDir.ts'

export type IndexReleaseInput = {
  /** The work folder the fast publish left its pages in. */
  workDir: string
  /** An empty folder to freeze the indexed work folder into. */
  releaseDir: string
  /** What `releaseDir` is renamed to once complete. */
  finalReleaseDir: string
  /** The live release, to hard-link unchanged files from. */
  previousReleaseDir: string | null
}

/**
 * The follow-up of a fast publish (buildRelease.ts): the search index takes in the pages that
 * publish left unindexed, and the work folder is frozen again as a release that differs from the
 * live one only in its Pagefind bundle. In a new build worker (the old one died) the whole folder
 * is indexed anew, as its bundle may be behind.
 */
export const indexRelease = async ({ workDir, releaseDir, finalReleaseDir, previousReleaseDir }: IndexReleaseInput): Promise<void> => {
  forgetFrozen()
  try {
    await indexIncrementally(workDir, { changed: [], removed: [] })
  } catch (error) {
    await forgetLiveIndex(workDir)
    throw error
  }
  copyToRelease({ workDir, releaseDir, previousReleaseDir })
  rememberFrozen(workDir, finalReleaseDir)
}
