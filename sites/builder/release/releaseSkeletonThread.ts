import { linkSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'

import { filesUnder } from '../filesUnder.ts'

/** The thread behind releaseSkeleton.ts: every file of `from` hard-linked into `to`. */
const linkAll = ({ from, to }) => {
  const made = new Set()
  const files = filesUnder(from)
  for (const file of files) {
    const folder = path.dirname(path.join(to, file))
    if (!made.has(folder)) made.add(folder) && mkdirSync(folder, { recursive: true })
    linkSync(path.join(from, file), path.join(to, file))
  }
  return files.length
}

parentPort.postMessage(linkAll(workerData))
