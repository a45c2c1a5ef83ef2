/**
 * Configuration from the environment. Every variable has a safe local default except the
 * production secrets, which fail loudly when missing in production.
 */
import { DEV_SECRET_DEFAULTS } from '@wijk/shared/productionSecrets'

const isProduction = () => process.env.NODE_ENV === 'production'

// Outside production only. In production they are refused at start (refuseUnsafeSecrets.ts).
const DEV_DEFAULTS = DEV_SECRET_DEFAULTS

export const secret = (name: keyof typeof DEV_DEFAULTS): string => {
  const value = process.env[name]
  if (value) return value
  if (isProduction()) {
    throw new Error(`${name} is not set. It is required in production; see .env.example.`)
  }
  return DEV_DEFAULTS[name]
}

/** Where the CMS is reachable from the site builder and the public (media URLs in snapshots). */
export const publicCmsUrl = (): string => (process.env.PUBLIC_CMS_URL ?? 'http://localhost:3000').replace(/\/$/, '')

/**
 * Where build webhooks go (the site builder, or a hosted build hook). `off` sends nothing at all,
 * for running the CMS without a builder (the seed and most tests).
 */
export const builderUrl = (): string | null => {
  const value = (process.env.BUILDER_URL ?? 'http://localhost:4321/webhook').trim()
  return value === 'off' ? null : value
}

/** First wait before retrying a failed delivery; doubles each attempt. Tests make it short. */
export const webhookRetryBaseMs = (): number => Number(process.env.WEBHOOK_RETRY_BASE_MS) || 5_000

/**
 * PDOK Locatieserver, the Dutch government's free geocoder: fills in map coordinates from an address.
 * `off` disables geocoding (the seed, the snapshot export and tests, which have no internet).
 */
export const pdokLocatieserverUrl = (): string | null => {
  const value = (process.env.PDOK_LOCATIESERVER_URL ?? 'https://api.pdok.nl/bzk/locatieserver/search/v3_1').trim()
  return value === 'off' ? null : value.replace(/\/$/, '')
}

/** How long a save waits for PDOK before it goes ahead without coordinates. */
export const pdokTimeoutMs = (): number => Number(process.env.PDOK_TIMEOUT_MS) || 4_000
