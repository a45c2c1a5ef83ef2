/**
 * Which release the work folder was last frozen into, with nothing written to it since. Then a fast
 * publish can make its release from that release's files without comparing them
 * (releaseSkeleton.ts): only the files it writes differ. Any task forgets it before touching the
 * work folder and remembers the release it made once it succeeded, so a failure, a rollback (another
 * release live) or a new worker lead to the comparing copy (copyToRelease.ts).
 */
let frozen: { workDir: string; releaseDir: string } | null = null

export const forgetFrozen = () => {
  frozen = null
}

export const rememberFrozen = (workDir: string, releaseDir: string) => {
  frozen = { workDir, releaseDir }
}

export const isFrozenAs = (workDir: string, releaseDir: string | null) => frozen !== null && frozen.workDir === workDir && frozen.releaseDir === releaseDir
