import { createHash, randomBytes } from 'node:crypto'

/** How long a sign-in link works: long enough to open the mail, short enough to be worth little later. */
export const LINK_LIFETIME_MS = 30 * 60_000

/** 32 random bytes: the only copy is in the mail; the database keeps the hash. */
export const newLinkToken = (): string => randomBytes(32).toString('base64url')

export const hashOfLinkToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex')

/** A token as we make them (43 base64url characters); anything else is not looked up at all. */
export const isLinkTokenShape = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value)
