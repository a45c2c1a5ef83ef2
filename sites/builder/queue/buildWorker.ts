/**
 * The build worker: a long-lived child process that runs the builder's tasks (buildRelease for a
 * build, indexRelease for the search index that follows a fast publish) sent over IPC, one at a time.
 * Long-lived so that whatever they keep in memory between builds (the search index, the warm
 * renderer) survives; a kill or crash only costs that warm state.
 * The builder starts it in its own process group, so killing the group also stops Astro.
 */
import '../resolveTsImports.ts'

import { copyFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'

import type { BuildReleaseInput } from '../render/buildRelease.ts'
import type { WorkerTask } from './runBuildWorker.ts'

const { buildRelease, prepareWarmRenderer } = await import('../render/buildRelease.ts')
const { indexRelease } = await import('../render/indexRelease.ts')

/** The builder deletes the snapshot once it has the answer; warming up reads it after that. */
const keepSnapshot = (input: BuildReleaseInput): BuildReleaseInput => {
  const folder = path.join(input.cacheDir, 'warm')
  mkdirSync(folder, { recursive: true })
  const snapshotFile = path.join(folder, 'built-snapshot.json')
  copyFileSync(input.snapshotFile, snapshotFile)
  return { ...input, snapshotFile }
}

const build = async (input: BuildReleaseInput) => {
  const result = await buildRelease(input)
  const warmUp = result.warm ? null : keepSnapshot(input)
  process.send?.({ ok: true, result })
  // After the answer, so the release goes live first; the next task waits for it (see below).
  if (warmUp) await prepareWarmRenderer(warmUp, result.now)
}

const handle = async (task: WorkerTask) => {
  try {
    if (task.kind === 'build') await build(task.input)
    else process.send?.({ ok: true, result: await indexRelease(task.input) })
  } catch (error) {
    process.send?.({ ok: false, message: (error as Error).message })
  }
}

let previous = Promise.resolve()
process.on('message', (task: WorkerTask) => {
  previous = previous.then(() => handle(task))
})

// The builder went away (crashed or was killed): stop any build and Astro with it instead of finishing unseen.
process.once('disconnect', () => process.kill(-process.pid, 'SIGKILL'))
