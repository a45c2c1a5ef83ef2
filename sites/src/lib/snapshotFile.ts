import { readFileSync } from 'node:fs'

import { type WijkSnapshot, wijkSnapshotSchema } from '@wijk/shared/snapshot'

let cached: { path: string; snapshot: WijkSnapshot } | undefined

/**
 * The snapshot this build is for (WIJK_SNAPSHOT, set by scripts/build.ts). Read with fs rather than
 * imported, so Vite does not put it in the module graph (that would re-render every page on any edit).
 */
export const loadSnapshot = (): WijkSnapshot => {
  const path = process.env.WIJK_SNAPSHOT
  if (!path) throw new Error('WIJK_SNAPSHOT is not set: build with `pnpm site:build --snapshot FILE --out DIR`.')
  if (cached?.path === path) return cached.snapshot
  const parsed = wijkSnapshotSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')))
  if (!parsed.success) {
    throw new Error(
      `Snapshot ${path} does not match the shared schema:\n${parsed.error.issues
        .slice(0, 5)
        .map((i) => `  ${i.path.join('.')}: ${i.message}`)
        .join('\n')}`,
    )
  }
  cached = { path, snapshot: parsed.data }
  return parsed.data
}
