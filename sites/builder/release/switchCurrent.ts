import { randomBytes } from 'node:crypto'
import { existsSync, renameSync, rmSync, symlinkSync } from 'node:fs'
import path from 'node:path'

import { currentLink, releaseDir, wijkDir } from './releaseLayout.ts'

/**
 * Makes `releaseId` live in one step: a new symlink under a temporary name, renamed over `current`.
 * rename(2) replaces the link atomically, so every request sees either the old or the new release,
 * never a missing one (`ln -sfn` unlinks first, which leaves a gap).
 */
export const switchCurrent = (outRoot: string, wijk: string, releaseId: string): void => {
  if (!existsSync(releaseDir(outRoot, wijk, releaseId))) throw new Error(`release ${releaseId} of ${wijk} does not exist`)
  const temporary = path.join(wijkDir(outRoot, wijk), `.current-${randomBytes(6).toString('hex')}`)
  // Relative target: the out folder can be moved or mounted elsewhere (nginx in a container) and stays valid.
  symlinkSync(path.join('releases', releaseId), temporary)
  try {
    renameSync(temporary, currentLink(outRoot, wijk))
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}
