import { rmSync } from 'node:fs'

import { currentReleaseId, listReleases, releaseDir } from './releaseLayout.ts'

/**
 * Deletes the oldest releases beyond the newest `keep`, never the live one (after a rollback the
 * live release can be older than the ones kept). Returns the ids it deleted.
 */
export const pruneReleases = (outRoot: string, wijk: string, keep: number): string[] => {
  const current = currentReleaseId(outRoot, wijk)
  const releases = listReleases(outRoot, wijk)
  const doomed = releases.slice(0, Math.max(0, releases.length - keep)).filter((id) => id !== current)
  for (const id of doomed) rmSync(releaseDir(outRoot, wijk, id), { recursive: true, force: true })
  return doomed
}
