/**
 * Configuration from the environment. Every variable has a safe local default except the
 * production secrets, which fail loudly when missing in production.
 */
const isProduction = () => process.env.NODE_ENV === 'production'

const DEV_DEFAULTS = {
  PAYLOAD_SECRET: 'dev-only-payload-secret-change-me',
  SNAPSHOT_TOKEN: 'dev-only-snapshot-token',
} as const

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
