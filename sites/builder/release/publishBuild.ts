import { renameSync, rmSync } from 'node:fs'
import path from 'node:path'

import type { BuilderConfig } from '../config.ts'
import { fetchSnapshot } from './fetchSnapshot.ts'
import { newReleaseId } from './releaseId.ts'
import { cacheDir, currentLink, currentReleaseId, listReleases, partialReleaseDir, releaseDir, resolvedRelease, workDir } from './releaseLayout.ts'
import { pruneReleases } from './pruneReleases.ts'
import type { BuildRunner } from '../queue/runBuildWorker.ts'
import { switchCurrent } from './switchCurrent.ts'
import { type LastSuccess, readWijkInfo, type WijkInfo, writeWijkInfo } from './wijkInfo.ts'

/** `searchPending`: the release's search index lags behind its pages; publishSearchIndex follows. */
export type PublishedBuild = LastSuccess & { siteUrl: string; searchPending: boolean }

type OnWorker = (pid: number | null) => void

/** A superseded release stays this long after the switch, for requests that resolved it just before. */
const SUPERSEDED_GRACE_MS = 10_000

/**
 * Makes a new release live: `fill` writes it into a `.partial-` folder, which is renamed complete
 * and switched to. Any failure before the switch leaves the live site as it was and removes the
 * partial folder. Returns the new release's id and what `fill` returned.
 */
const publishRelease = async <T>(config: BuilderConfig, wijk: string, fill: (partial: string, final: string) => Promise<T>, onWorker: OnWorker) => {
  const releaseId = newReleaseId(new Date(), listReleases(config.outRoot, wijk))
  const partial = partialReleaseDir(config.outRoot, wijk, releaseId)
  const final = releaseDir(config.outRoot, wijk, releaseId)
  try {
    const result = await fill(partial, final)
    renameSync(partial, final)
    switchCurrent(config.outRoot, wijk, releaseId)
    return { releaseId, result }
  } finally {
    onWorker(null)
    rmSync(partial, { recursive: true, force: true })
  }
}

/**
 * One build of one wijk, start to live: fetch and validate the snapshot, build a release
 * (buildRelease.ts in the worker), switch `current` to it, prune old releases.
 */
export const publishBuild = async (config: BuilderConfig, runner: BuildRunner, wijk: string, onWorker: OnWorker): Promise<PublishedBuild> => {
  const started = performance.now()
  const { file, snapshot } = await fetchSnapshot(config.cmsUrl, config.snapshotToken, wijk)
  const fetched = performance.now()
  const previousReleaseDir = resolvedRelease(currentLink(config.outRoot, wijk))
  const inputFor = (partial: string, final: string) => ({
    wijk,
    snapshotFile: file,
    releaseDir: partial,
    finalReleaseDir: final,
    cacheDir: cacheDir(config.outRoot, wijk),
    workDir: workDir(config.outRoot, wijk),
    previousReleaseDir,
  })
  const { releaseId, result } = await publishRelease(
    config,
    wijk,
    (partial, final) => runner.run({ kind: 'build', input: inputFor(partial, final) }, onWorker),
    onWorker,
  ).finally(() => rmSync(path.dirname(file), { recursive: true, force: true }))
  // Deleting an old release (thousands of files) competes for the disk with the next publish: after a
  // fast one it waits for the quiet moment its search index follows in (publishSearchIndex).
  if (!result.searchPending) await pruneReleases(config.outRoot, wijk, config.keepReleases)
  const seconds = (performance.now() - started) / 1000
  const steps = { snapshot: Math.round(fetched - started) / 1000, ...result.steps }
  const lastSuccess: LastSuccess = { at: new Date().toISOString(), releaseId, seconds, pages: result.pages, fast: result.warm, steps }
  const info: WijkInfo = { name: snapshot.wijk.name, siteUrl: snapshot.wijk.siteUrl, lastSuccess }
  writeWijkInfo(config.outRoot, wijk, info)
  return { ...lastSuccess, siteUrl: snapshot.wijk.siteUrl, searchPending: result.searchPending }
}

/**
 * The search index that follows a fast publish: the worker indexes the pages that publish made live
 * (indexRelease.ts) and the result replaces release `forRelease` — the same pages, a newer index — so
 * a rollback still goes back one publish. Returns the new release id, or null when `forRelease` is no
 * longer live (rolled back meanwhile: the index waits for the next build).
 */
export const publishSearchIndex = async (
  config: BuilderConfig,
  runner: BuildRunner,
  wijk: string,
  forRelease: string,
  onWorker: OnWorker,
): Promise<string | null> => {
  if (currentReleaseId(config.outRoot, wijk) !== forRelease) return null
  const previousReleaseDir = releaseDir(config.outRoot, wijk, forRelease)
  const input = (partial: string, final: string) => ({
    workDir: workDir(config.outRoot, wijk),
    releaseDir: partial,
    finalReleaseDir: final,
    previousReleaseDir,
  })
  const { releaseId } = await publishRelease(config, wijk, (partial, final) => runner.run({ kind: 'index', input: input(partial, final) }, onWorker), onWorker)
  const removeSuperseded = () => currentReleaseId(config.outRoot, wijk) !== forRelease && rmSync(previousReleaseDir, { recursive: true, force: true })
  setTimeout(removeSuperseded, SUPERSEDED_GRACE_MS).unref()
  // In the background: after a stream of fast publishes there can be several releases to delete, and
  // the next publish must not wait for that (pruning never touches the live release or newer ones).
  void pruneReleases(config.outRoot, wijk, config.keepReleases).catch((error: Error) =>
    console.error(`[builder] ${wijk}: oude releases opruimen mislukt: ${error.message}`),
  )
  const info = readWijkInfo(config.outRoot, wijk)
  if (info) writeWijkInfo(config.outRoot, wijk, { ...info, lastSuccess: { ...info.lastSuccess, releaseId } })
  return releaseId
}
