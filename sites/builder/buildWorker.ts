/**
 * Child process entry: runs one buildRelease and reports its result to the builder over IPC.
 * The builder starts it in its own process group so killing the group also stops Astro.
 */
import './resolveTsImports.ts'

import type { BuildReleaseInput } from './buildRelease.ts'

// The builder went away (crashed or was killed): stop this build and Astro with it instead of finishing unseen.
let finished = false
process.once('disconnect', () => finished || process.kill(-process.pid, 'SIGKILL'))

const input = JSON.parse(process.argv[2] ?? '{}') as BuildReleaseInput
const { buildRelease } = await import('./buildRelease.ts')
try {
  const result = await buildRelease(input)
  process.send?.({ ok: true, result })
} catch (error) {
  process.send?.({ ok: false, message: (error as Error).message })
  process.exitCode = 1
}
finished = true
// Close the IPC channel so the process can exit once stdout and stderr are flushed.
process.disconnect?.()
