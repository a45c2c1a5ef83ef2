/**
 * Which secrets a production process (CMS or builder) may start with. Pure: the caller passes its
 * environment and decides what to do with the answer (both refuse to start, with this one line).
 * Outside production nothing is checked: development uses the defaults below or generated secrets.
 */

export type SecretName = 'PAYLOAD_SECRET' | 'SNAPSHOT_TOKEN' | 'WEBHOOK_SECRET' | 'BUILDER_STATUS_TOKEN'

/**
 * The development defaults the CMS falls back to outside production (cms/src/env.ts). They are in the
 * public repository, so they are never a production secret.
 */
export const DEV_SECRET_DEFAULTS = {
  PAYLOAD_SECRET: 'dev-only-payload-secret-change-me',
  SNAPSHOT_TOKEN: 'dev-only-snapshot-token',
  // The Standard Webhooks format: whsec_ + base64 of random bytes (these are the bytes of a fixed string).
  WEBHOOK_SECRET: 'whsec_ZGV2LW9ubHktd2ViaG9vay1zZWNyZXQtY2hhbmdlLW1l',
} as const

/** Tokens and the session secret: long enough that guessing is hopeless (32 hex characters are 128 bits). */
export const MIN_SECRET_LENGTH = 32
/** The webhook key, decoded: Standard Webhooks asks for 24 to 64 random bytes. */
export const MIN_WEBHOOK_KEY_BYTES = 24

const KNOWN_DEMO_VALUES: ReadonlySet<string> = new Set(Object.values(DEV_SECRET_DEFAULTS))

const GENERATE_HINT: Record<SecretName, string> = {
  PAYLOAD_SECRET: `node -e "console.log(require('crypto').randomBytes(32).toString('hex'))"`,
  SNAPSHOT_TOKEN: `node -e "console.log(require('crypto').randomBytes(32).toString('hex'))"`,
  BUILDER_STATUS_TOKEN: `node -e "console.log(require('crypto').randomBytes(32).toString('hex'))"`,
  WEBHOOK_SECRET: `node -e "console.log('whsec_'+require('crypto').randomBytes(32).toString('base64'))"`,
}

const WEBHOOK_FORMAT = /^whsec_([A-Za-z0-9+/]+={0,2})$/

/** What is wrong with one secret's value, or null when it will do. */
const problemWith = (name: SecretName, value: string | undefined): string | null => {
  if (!value) return `${name} is not set`
  if (KNOWN_DEMO_VALUES.has(value)) return `${name} is the development default from the repository`
  if (name === 'WEBHOOK_SECRET') {
    const base64 = WEBHOOK_FORMAT.exec(value)?.[1]
    // Decoded and encoded again must give the same text: Node's decoder skips junk silently.
    const key = base64 === undefined ? null : Buffer.from(base64, 'base64')
    if (!key || key.toString('base64') !== base64) return `${name} is not whsec_ followed by base64`
    if (key.length < MIN_WEBHOOK_KEY_BYTES) return `${name} holds ${key.length} bytes; at least ${MIN_WEBHOOK_KEY_BYTES} are needed`
    return null
  }
  if (value.length < MIN_SECRET_LENGTH) return `${name} has ${value.length} characters; at least ${MIN_SECRET_LENGTH} are needed`
  return null
}

/**
 * The first problem with the secrets a production process needs, as one line that says how to fix it,
 * or null when they will all do. `optional` secrets are checked only when set.
 */
export const productionSecretsProblem = (
  env: Record<string, string | undefined>,
  required: readonly SecretName[],
  optional: readonly SecretName[] = [],
): string | null => {
  for (const name of [...required, ...optional]) {
    if (!required.includes(name) && !env[name]) continue
    const problem = problemWith(name, env[name])
    if (problem) return `${problem} (NODE_ENV=production). Generate one with: ${GENERATE_HINT[name]}`
  }
  return null
}
