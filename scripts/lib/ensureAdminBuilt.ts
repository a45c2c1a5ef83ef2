import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { run } from './run.ts'
import { sourceStamp } from './sourceStamp.ts'

/** What the admin build depends on; a change to any of it means `next build` again. */
const ADMIN_SOURCES = ['cms/src', 'cms/next.config.mjs', 'cms/package.json', 'shared/src', 'pnpm-lock.yaml']

/**
 * Runs `next build` for the CMS only when its sources changed since the last build (about a minute),
 * so `pnpm start`, the end-to-end tests and the benchmark share one build. Returns whether it built.
 */
export const ensureAdminBuilt = async (root: string, env: NodeJS.ProcessEnv = process.env) => {
  const cms = path.join(root, 'cms')
  const stampFile = path.join(cms, '.next', 'wijk-source-stamp')
  const stamp = sourceStamp(root, ADMIN_SOURCES)
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return false
  await run('pnpm', ['exec', 'next', 'build'], { cwd: cms, env: { ...env, NODE_ENV: 'production' } })
  writeFileSync(stampFile, stamp)
  return true
}
