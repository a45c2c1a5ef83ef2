import crypto from 'node:crypto'

/**
 * Payload 3.90's password hash (`generatePasswordSaltHash`): PBKDF2-SHA256, 600,000 iterations, a
 * 32-byte key. Update these with Payload, or a registration of a known address gets faster than a
 * new one again (see hashAsForANewAccount).
 */
const PAYLOAD_HASH = { iterations: 600_000, keyLength: 32, digest: 'sha256' } as const

/**
 * A password nobody knows, for an account the registration creates: its owner chooses the real one
 * on the confirmation page, so what a registration form sends is never anyone's password.
 */
export const unknownPassword = (): string => crypto.randomBytes(32).toString('base64url')

/**
 * The password hash a new account costs, done for nothing: a registration of an address that already
 * has an account does the same work as a new one, so its answer comes just as late. (`crypto.pbkdf2`
 * through the module object, like Payload, so a test can count the hashes of both paths.)
 */
export const hashAsForANewAccount = (): Promise<void> =>
  new Promise((resolve, reject) =>
    crypto.pbkdf2(unknownPassword(), crypto.randomBytes(32).toString('hex'), PAYLOAD_HASH.iterations, PAYLOAD_HASH.keyLength, PAYLOAD_HASH.digest, (error) =>
      error ? reject(error) : resolve(),
    ),
  )
