import { rm } from 'node:fs/promises'

import { currentReleaseId, listReleases, releaseDir } from './releaseLayout.ts'

/**
 * Deletes the oldest releases beyond the newest `keep`, never the live one (after a rollback the
 * live release can be older than the ones kept). Returns the ids it deleted. Asynchronous: deleting a
 * release of thousands of files takes a while, and the builder keeps serving pages meanwhile.
 */
export const pruneReleases = async (outRoot: string, wijk: string, keep: number): Promise<string[]> => {
  const current = currentReleaseId(outRoot, wijk)
  const releases = listReleases(outRoot, wijk)
  const doomed = releases.slice(0, Math.max(0, releases.length - keep)).filter((id) => id !== current)
  for (const id of doomed) await rm(releaseDir(outRoot, wijk, id), { recursive: true, force: true })
  return doomed
}
