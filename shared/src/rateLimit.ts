/**
 * The one rate limiter of the platform (CMS endpoints, login throttle, mails per recipient, the
 * builder's webhook): a fixed window per key, in memory, kept by rate-limiter-flexible. Each key's
 * record is dropped when its window ends (the library sets an unref'd timer per key), so memory holds
 * only the keys seen during the last window, however many distinct keys a flood brings.
 * Per process and forgotten on restart: several CMS instances each count on their own.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

export type RateLimit = { max: number; windowMs: number }

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export type RateLimiter = {
  /** Counts one hit for `key`; refused once more than `max` came in this window. */
  consume: (key: string) => Promise<RateDecision>
  /** Hits counted for `key` in its current window (0 when none). */
  hits: (key: string) => Promise<number>
  /** Takes one counted hit back (a login that turned out right). */
  giveBack: (key: string) => Promise<void>
  /** Forgets `key` (its window starts afresh). */
  reset: (key: string) => Promise<void>
}

const retryAfterSeconds = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000))

export const createRateLimiter = ({ max, windowMs }: RateLimit): RateLimiter => {
  const limiter = new RateLimiterMemory({ points: max, duration: windowMs / 1000 })
  return {
    consume: async (key) => {
      try {
        await limiter.consume(key)
        return { allowed: true }
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: retryAfterSeconds(refusal) }
        throw refusal
      }
    },
    hits: async (key) => (await limiter.get(key))?.consumedPoints ?? 0,
    giveBack: async (key) => {
      if ((await limiter.get(key))?.consumedPoints) await limiter.reward(key, 1)
    },
    reset: async (key) => {
      await limiter.delete(key)
    },
  }
}
