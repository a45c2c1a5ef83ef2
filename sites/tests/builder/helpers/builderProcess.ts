import { signWebhook } from '@wijk/shared/webhook'

import { freePort } from '../../../../scripts/lib/freePort.ts'
import { startBuilderProcess } from '../../../../scripts/lib/builderProcess.ts'
import type { WijkStatus } from '../../../builder/wijkStatus.ts'

export const WEBHOOK_SECRET = 'whsec_dGVzdC13ZWJob29rLXNlY3JldC1mb3ItYnVpbGRlcg=='

/**
 * The real builder as a child process on a free loopback port, with short retry delays, and a way to
 * send it webhooks signed as the CMS signs them.
 */
export const startBuilder = async (env: { cmsUrl: string; outRoot: string; snapshotToken: string; extra?: Record<string, string> }) => {
  const builder = await startBuilderProcess({
    port: await freePort(),
    env: {
      CMS_URL: env.cmsUrl,
      SNAPSHOT_TOKEN: env.snapshotToken,
      WEBHOOK_SECRET,
      WIJK_OUT_ROOT: env.outRoot,
      BUILDER_RETRY_DELAYS: '0.5,1',
      // A run crossing 00:01 Amsterdam once saw a fourth build where it counted three.
      BUILDER_MIDNIGHT_REBUILD: 'off',
      ...env.extra,
    },
  })
  let webhookCount = 0
  return {
    ...builder,
    status: builder.status as () => Promise<Record<string, WijkStatus>>,
    waitFor: builder.waitFor as (wijk: string, check: (s: WijkStatus) => boolean, timeoutMs?: number) => Promise<WijkStatus>,
    /** A webhook as the CMS sends it; `headers` replaces the signed ones (forgeries). */
    sendWebhook: (body: unknown, headers?: Record<string, string>) => {
      const text = typeof body === 'string' ? body : JSON.stringify(body)
      const signed = headers ?? signWebhook(WEBHOOK_SECRET, `msg_test_${process.pid}_${(webhookCount += 1)}`, text)
      return fetch(`${builder.url}/webhook`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...signed }, body: text })
    },
  }
}

export type BuilderProcess = Awaited<ReturnType<typeof startBuilder>>

export const buildRequest = (wijk: string, id: string | number = 1) => ({ wijk, reason: 'publish', collection: 'events', id })
