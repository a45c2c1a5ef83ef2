import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { trustProxyHopsFrom } from '@wijk/shared/clientAddress'
import { productionSecretsProblem } from '@wijk/shared/productionSecrets'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Everything the builder reads from its environment, parsed once at start-up. */
export type BuilderConfig = {
  port: number
  host: string
  cmsUrl: string
  snapshotToken: string
  webhookSecret: string
  /** Bearer token for /status and the wijk list; null: only loopback callers (development). */
  statusToken: string | null
  outRoot: string
  keepReleases: number
  /** Waits before the 1st, 2nd, … retry of a failed build; the last one repeats. */
  retryDelaysMs: number[]
  /** A build still running after this is killed and counts as failed. */
  buildTimeoutMs: number
  /** Accepted webhook requests per minute per client IP. */
  webhooksPerMinute: number
  /** Reverse proxies in front that append to X-Forwarded-For (0: the socket address is the client). */
  trustProxyHops: number
  /** Wijken to build at start-up: those without a live release, or all of them with buildOnStart 'all'. */
  initialWijken: string[]
  buildOnStart: 'missing' | 'all'
  /** After a fast publish the search index follows once no change came in for this long (ms)… */
  searchQuietMs: number
  /** …but at the latest this long (ms) after the first publish it lags behind. */
  searchMaxWaitMs: number
  /** Off only where a test must not see the clock start builds (a run crossing 00:01 Amsterdam did). */
  midnightRebuild: boolean
}

type Env = Record<string, string | undefined>

const numberFrom = (env: Env, name: string, fallback: number): number => {
  const value = env[name]
  if (value === undefined || value === '') return fallback
  const parsed = Number(value)
  if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`${name} must be a non-negative number, got "${value}"`)
  return parsed
}

const listFrom = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)

const required = (env: Env, name: string): string => {
  const value = env[name]
  if (!value) throw new Error(`${name} is required (see README, "The builder").`)
  return value
}

const configFromCheckedEnv = (env: Env): BuilderConfig => ({
  port: numberFrom(env, 'BUILDER_PORT', 4321),
  host: env.BUILDER_HOST || '127.0.0.1',
  cmsUrl: env.CMS_URL || 'http://localhost:3000',
  snapshotToken: required(env, 'SNAPSHOT_TOKEN'),
  webhookSecret: required(env, 'WEBHOOK_SECRET'),
  statusToken: env.BUILDER_STATUS_TOKEN || null,
  outRoot: path.resolve(env.WIJK_OUT_ROOT || path.join(repoRoot, 'out')),
  keepReleases: Math.max(1, Math.floor(numberFrom(env, 'KEEP_RELEASES', 5))),
  retryDelaysMs: (listFrom(env.BUILDER_RETRY_DELAYS).length ? listFrom(env.BUILDER_RETRY_DELAYS).map(Number) : [5, 30, 120]).map((s) => s * 1000),
  buildTimeoutMs: numberFrom(env, 'BUILDER_BUILD_TIMEOUT', 900) * 1000,
  webhooksPerMinute: numberFrom(env, 'BUILDER_WEBHOOKS_PER_MINUTE', 120),
  trustProxyHops: trustProxyHopsFrom(env.TRUST_PROXY_HOPS),
  initialWijken: listFrom(env.BUILDER_WIJKEN),
  buildOnStart: env.BUILDER_BUILD_ON_START === 'all' ? 'all' : 'missing',
  searchQuietMs: numberFrom(env, 'BUILDER_SEARCH_QUIET', 2) * 1000,
  searchMaxWaitMs: numberFrom(env, 'BUILDER_SEARCH_MAX_WAIT', 15) * 1000,
  midnightRebuild: env.BUILDER_MIDNIGHT_REBUILD !== 'off',
})

/** What the builder needs in production; the rule is shared with the CMS (shared/src/productionSecrets.ts). */
const PRODUCTION_SECRETS = ['SNAPSHOT_TOKEN', 'WEBHOOK_SECRET', 'BUILDER_STATUS_TOKEN'] as const

/** In production, a missing, demo or weak secret stops the builder before it listens (one line, see main.ts). */
const refuseUnsafeSecrets = (env: Env) => {
  if (env.NODE_ENV !== 'production') return
  const problem = productionSecretsProblem(env, PRODUCTION_SECRETS)
  if (problem) throw new Error(`Refusing to start: ${problem}`)
}

export const configFromEnv = (env: Env = process.env): BuilderConfig => {
  refuseUnsafeSecrets(env)
  return configFromCheckedEnv(env)
}
