import { existsSync, realpathSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'

import type { BuilderConfig } from './config.ts'
import { fetchSnapshot } from './fetchSnapshot.ts'
import { newReleaseId } from './releaseId.ts'
import { cacheDir, currentLink, listReleases, partialReleaseDir, releaseDir, workDir } from './releaseLayout.ts'
import { pruneReleases } from './pruneReleases.ts'
import type { BuildRunner } from './runBuildWorker.ts'
import { switchCurrent } from './switchCurrent.ts'
import { type LastSuccess, type WijkInfo, writeWijkInfo } from './wijkInfo.ts'

export type PublishedBuild = LastSuccess & { siteUrl: string }

const liveReleaseDir = (config: BuilderConfig, wijk: string) => {
  const link = currentLink(config.outRoot, wijk)
  return existsSync(link) ? realpathSync(link) : null
}

/**
 * One build of one wijk, start to live: fetch and validate the snapshot, build a release in a
 * `.partial-` folder, rename it complete, switch `current` to it, prune old releases.
 * Any failure before the switch leaves the live site as it was and removes the partial folder.
 */
export const publishBuild = async (config: BuilderConfig, runner: BuildRunner, wijk: string, onWorker: (pid: number | null) => void): Promise<PublishedBuild> => {
  const started = performance.now()
  const { file, snapshot } = await fetchSnapshot(config.cmsUrl, config.snapshotToken, wijk)
  const releaseId = newReleaseId(new Date(), listReleases(config.outRoot, wijk))
  const partial = partialReleaseDir(config.outRoot, wijk, releaseId)
  let pages: number
  let fast: boolean
  try {
    const input = { wijk, snapshotFile: file, releaseDir: partial, cacheDir: cacheDir(config.outRoot, wijk), workDir: workDir(config.outRoot, wijk), previousReleaseDir: liveReleaseDir(config, wijk) }
    ;({ pages, warm: fast } = await runner.run(input, onWorker))
    renameSync(partial, releaseDir(config.outRoot, wijk, releaseId))
    switchCurrent(config.outRoot, wijk, releaseId)
  } finally {
    onWorker(null)
    rmSync(partial, { recursive: true, force: true })
    rmSync(path.dirname(file), { recursive: true, force: true })
  }
  await pruneReleases(config.outRoot, wijk, config.keepReleases)
  const seconds = (performance.now() - started) / 1000
  const lastSuccess: LastSuccess = { at: new Date().toISOString(), releaseId, seconds, pages, fast }
  const info: WijkInfo = { name: snapshot.wijk.name, siteUrl: snapshot.wijk.siteUrl, lastSuccess }
  writeWijkInfo(config.outRoot, wijk, info)
  return { ...lastSuccess, siteUrl: snapshot.wijk.siteUrl }
}
