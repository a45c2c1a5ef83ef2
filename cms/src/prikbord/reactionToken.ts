import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** 32 random bytes, base64url: the secret part of the answer link in the poster's mail. */
export const REACTION_TOKEN = /^[A-Za-z0-9_-]{43}$/

export const newReactionToken = (): string => randomBytes(32).toString('base64url')

/** Only the hash is stored: a copy of the database does not hold working links. */
export const hashReactionToken = (token: string): string => createHash('sha256').update(token).digest('hex')

export const tokenMatches = (storedHash: string | null | undefined, token: string): boolean => {
  if (!storedHash || !REACTION_TOKEN.test(token)) return false
  const given = Buffer.from(hashReactionToken(token), 'hex')
  const stored = Buffer.from(storedHash, 'hex')
  return given.length === stored.length && timingSafeEqual(given, stored)
}
