import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Secrets for running the demo on one machine: taken from the environment when set,
 * otherwise generated once and kept in cms/data/local-secrets.json (git-ignored).
 * Production deployments set them explicitly; the CMS refuses to start without them there.
 */
export const ensureLocalSecrets = (dataDir: string) => {
  const file = path.join(dataDir, 'local-secrets.json')
  mkdirSync(dataDir, { recursive: true })
  const stored: Partial<Record<'PAYLOAD_SECRET' | 'SNAPSHOT_TOKEN' | 'WEBHOOK_SECRET', string>> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}
  const secrets = {
    PAYLOAD_SECRET: stored.PAYLOAD_SECRET ?? randomBytes(32).toString('hex'),
    SNAPSHOT_TOKEN: stored.SNAPSHOT_TOKEN ?? randomBytes(24).toString('hex'),
    // Standard Webhooks secret format; the CMS signs build webhooks with it, the builder verifies.
    WEBHOOK_SECRET: stored.WEBHOOK_SECRET ?? `whsec_${randomBytes(32).toString('base64')}`,
  }
  writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 })
  for (const [name, value] of Object.entries(secrets)) process.env[name] ||= value
}
