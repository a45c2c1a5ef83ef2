/**
 * The build worker: a long-lived child process that runs buildRelease for each build the builder
 * sends over IPC, one at a time. Long-lived so that whatever buildRelease keeps in memory between
 * builds (an incremental build's warm state) survives; a kill or crash only costs that warm state.
 * The builder starts it in its own process group, so killing the group also stops Astro.
 */
import './resolveTsImports.ts'

import type { BuildReleaseInput } from './buildRelease.ts'

const { buildRelease } = await import('./buildRelease.ts')

process.on('message', async (input: BuildReleaseInput) => {
  try {
    process.send?.({ ok: true, result: await buildRelease(input) })
  } catch (error) {
    process.send?.({ ok: false, message: (error as Error).message })
  }
})

// The builder went away (crashed or was killed): stop any build and Astro with it instead of finishing unseen.
process.once('disconnect', () => process.kill(-process.pid, 'SIGKILL'))
