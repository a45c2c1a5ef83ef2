import { linkSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'

import { filesUnder } from '../filesUnder.ts'

/** The folders the thread gets as its workerData: the live release and the new one. */
export type SkeletonFolders = { from: string; to: string }

/** The thread behind releaseSkeleton.ts: every file of `from` hard-linked into `to`. */
const linkAll = ({ from, to }: SkeletonFolders) => {
  const made = new Set<string>()
  const files = filesUnder(from)
  for (const file of files) {
    const folder = path.dirname(path.join(to, file))
    if (!made.has(folder)) made.add(folder) && mkdirSync(folder, { recursive: true })
    linkSync(path.join(from, file), path.join(to, file))
  }
  return files.length
}

parentPort?.postMessage(linkAll(workerData as SkeletonFolders))
