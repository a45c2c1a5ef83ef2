import { createRateLimiter } from '@wijk/shared/rateLimit'

/**
 * Mails to an address someone typed into a public form (the aanvraag confirmation, the registration's
 * mails) go out at most this often per address, whoever asks and from however many client addresses:
 * the per-client limits cannot stop one person with many addresses from filling a stranger's inbox
 * with the platform's mail. Mails to the redactie and organisations are not limited here.
 */
export const RECIPIENT_MAIL_LIMITS = [
  { max: 3, windowMs: 60 * 60_000 },
  { max: 10, windowMs: 24 * 60 * 60_000 },
] as const

const limiters = RECIPIENT_MAIL_LIMITS.map(createRateLimiter)

/** Counts one mail to `email`; false once any window is full (then send nothing, answer as usual). */
export const mayMailTypedAddress = async (email: string): Promise<boolean> => {
  const key = email.trim().toLowerCase()
  for (const limiter of limiters) if (!(await limiter.consume(key)).allowed) return false
  return true
}

/**
 * Reactions relayed to the writer of prikbord posts (cms/src/prikbord/): the poster has an account
 * and chose to post, so more than a typed address, but one popular post (or several) must not fill
 * their inbox either. Over the limit the reaction is refused with a 429, so the responder knows.
 */
const POSTER_MAIL_LIMITS = [{ max: 20, windowMs: 24 * 60 * 60_000 }] as const

const posterLimiters = POSTER_MAIL_LIMITS.map(createRateLimiter)

/** Counts one relayed reaction to the poster at `email`; false once the day is full. */
export const mayMailPoster = async (email: string): Promise<boolean> => {
  const key = email.trim().toLowerCase()
  for (const limiter of posterLimiters) if (!(await limiter.consume(key)).allowed) return false
  return true
}
