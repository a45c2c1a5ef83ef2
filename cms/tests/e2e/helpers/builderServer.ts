import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { startBuilderProcess } from '../../../../scripts/lib/builderProcess.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')

/** What the tests read from the builder's GET /status for one wijk. */
export type WijkStatus = {
  state: 'idle' | 'queued' | 'building' | 'failed'
  current: string | null
  pending: boolean
  /** A fast publish is live; its search index follows (see the builder's README section). */
  searchPending: boolean
  lastSuccess: { at: string; releaseId: string; seconds: number; pages: number } | null
  lastError: { at: string; message: string } | null
  builds: number
}

/**
 * The real site builder on loopback, writing releases into its own temporary out folder under
 * sites/.test-build/ (the same disk as the checkout, so builds are incremental and releases hard-linked).
 * `port` must be chosen before the CMS starts: the CMS needs BUILDER_URL, the builder needs CMS_URL.
 */
export const startBuilder = async (options: {
  port: number
  cmsUrl: string
  snapshotToken: string
  webhookSecret: string
  wijken: string[]
  /** More environment for the builder, e.g. PUBLIC_CMS_URL (where the site's forms post to). */
  env?: Record<string, string>
}) => {
  const testBuild = path.join(root, 'sites', '.test-build')
  mkdirSync(testBuild, { recursive: true })
  const work = mkdtempSync(path.join(testBuild, 'e2e-builder-'))
  const outRoot = path.join(work, 'out')
  const builder = await startBuilderProcess({
    port: options.port,
    env: {
      CMS_URL: options.cmsUrl,
      SNAPSHOT_TOKEN: options.snapshotToken,
      WEBHOOK_SECRET: options.webhookSecret,
      WIJK_OUT_ROOT: outRoot,
      BUILDER_WIJKEN: options.wijken.join(','),
      BUILDER_RETRY_DELAYS: '1,2',
      BUILDER_MIDNIGHT_REBUILD: 'off', // a run crossing 00:01 Amsterdam must not see an extra build
      ...options.env,
    },
  }).catch((error: unknown) => {
    rmSync(work, { recursive: true, force: true })
    throw error
  })
  return {
    ...builder,
    outRoot,
    status: builder.status as () => Promise<Record<string, WijkStatus | undefined>>,
    waitFor: builder.waitFor as (wijk: string, check: (s: WijkStatus) => boolean, timeoutMs?: number) => Promise<WijkStatus>,
    stop: async () => {
      await builder.stop()
      rmSync(work, { recursive: true, force: true })
    },
  }
}

export type BuilderServer = Awaited<ReturnType<typeof startBuilder>>
