import { createRateLimiter, type RateLimit } from '@wijk/shared/rateLimit'

/**
 * The limiter of a public endpoint. `PUBLIC_RATE_LIMIT_MULTIPLIER` raises every public limit (a load
 * run from one machine, see scripts/benchRequests.ts); read when the endpoint is built, at start.
 */
export const createPublicRateLimiter = ({ max, windowMs }: RateLimit) =>
  createRateLimiter({ max: max * (Number(process.env.PUBLIC_RATE_LIMIT_MULTIPLIER) || 1), windowMs })
