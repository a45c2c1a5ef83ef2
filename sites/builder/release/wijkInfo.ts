import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'

import { wijkInfoFile } from './releaseLayout.ts'

/**
 * `fast`: the warm renderer made it (only changed pages rendered), not an `astro build`.
 * `steps`: where its seconds went (snapshot, render or build, release), for operators and benchmarks.
 */
export type LastSuccess = { at: string; releaseId: string; seconds: number; pages: number; fast?: boolean; steps?: Record<string, number> }

/** What the builder keeps about a wijk between runs: its name and domain (for Host routing) and its last good build. */
export type WijkInfo = { name: string; siteUrl: string; lastSuccess: LastSuccess }

export const readWijkInfo = (outRoot: string, wijk: string): WijkInfo | null => {
  const file = wijkInfoFile(outRoot, wijk)
  try {
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as WijkInfo) : null
  } catch {
    return null
  }
}

export const writeWijkInfo = (outRoot: string, wijk: string, info: WijkInfo): void => {
  const file = wijkInfoFile(outRoot, wijk)
  writeFileSync(`${file}.tmp`, `${JSON.stringify(info, null, 2)}\n`)
  renameSync(`${file}.tmp`, file)
}
