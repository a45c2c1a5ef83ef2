/**
 * The build worker: a long-lived child process that runs buildRelease for each build the builder
 * sends over IPC, one at a time. Long-lived so that whatever buildRelease keeps in memory between
 * builds (the search index, the warm renderer) survives; a kill or crash only costs that warm state.
 * The builder starts it in its own process group, so killing the group also stops Astro.
 */
import './resolveTsImports.ts'

import { copyFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'

import type { BuildReleaseInput } from './buildRelease.ts'

const { buildRelease, prepareWarmRenderer } = await import('./buildRelease.ts')

/** The builder deletes the snapshot once it has the answer; warming up reads it after that. */
const keepSnapshot = (input: BuildReleaseInput): BuildReleaseInput => {
  const folder = path.join(input.cacheDir, 'warm')
  mkdirSync(folder, { recursive: true })
  const snapshotFile = path.join(folder, 'built-snapshot.json')
  copyFileSync(input.snapshotFile, snapshotFile)
  return { ...input, snapshotFile }
}

const handle = async (input: BuildReleaseInput) => {
  try {
    const result = await buildRelease(input)
    const warmUp = result.warm ? null : keepSnapshot(input)
    process.send?.({ ok: true, result })
    // After the answer, so the release goes live first; the next build waits for it (see below).
    if (warmUp) await prepareWarmRenderer(warmUp, result.now)
  } catch (error) {
    process.send?.({ ok: false, message: (error as Error).message })
  }
}

let previous = Promise.resolve()
process.on('message', (input: BuildReleaseInput) => {
  previous = previous.then(() => handle(input))
})

// The builder went away (crashed or was killed): stop any build and Astro with it instead of finishing unseen.
process.once('disconnect', () => process.kill(-process.pid, 'SIGKILL'))
