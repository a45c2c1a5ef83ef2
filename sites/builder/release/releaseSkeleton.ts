import { Worker } from 'node:worker_threads'

import type { SkeletonFolders } from './releaseSkeletonThread.ts'

/**
 * Hard-links every file of the release `from` into the new folder `to`, on a thread of its own
 * (releaseSkeletonThread.ts). A fast publish starts it while the warm renderer renders, so the
 * ~3,000 folders and ~6,000 links of a big wijk take no time of their own; the files the publish
 * changed then replace their links (replaceInRelease). Resolves with the number of files linked.
 */
export const startSkeleton = ({ from, to }: SkeletonFolders) =>
  new Promise<number>((resolve, reject) => {
    const worker = new Worker(new URL('./releaseSkeletonThread.ts', import.meta.url), { workerData: { from, to } })
    worker.once('message', resolve)
    worker.once('error', reject)
    worker.once('exit', (code) => code !== 0 && reject(new Error(`linking the release stopped (exit ${code})`)))
  })
