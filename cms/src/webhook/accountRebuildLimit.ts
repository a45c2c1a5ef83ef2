import type { PayloadRequest } from 'payload'

import { createRateLimiter } from '@wijk/shared/rateLimit'

import { afterCommit } from '../jobs/afterCommit'

/**
 * How many rebuilds one account's saves may start at once: BUILD_WEBHOOKS_PER_ACCOUNT (default 30)
 * per 10 minutes. Beyond that a save is still stored, and its wijk gets one rebuild later, when the
 * account's window ends. That deferred rebuild reads the site as it is then, so the last of a burst
 * of publishes always goes live; further saves meanwhile need no webhook of their own. Writes
 * without an account (the system, scripts) are not limited. Per process, like every limiter here.
 */
export const accountRebuildLimit = () => {
  const max = Number(process.env.BUILD_WEBHOOKS_PER_ACCOUNT ?? '')
  return { max: Number.isInteger(max) && max > 0 ? max : 30, windowMs: 10 * 60_000 }
}

let limiter: ReturnType<typeof createRateLimiter> | undefined
const limiterOf = () => (limiter ??= createRateLimiter(accountRebuildLimit()))

/** Per wijk: when its deferred rebuild is due. One entry per wijk at most, dropped once due. */
const deferredUntil = new Map<string, number>()

export type RebuildTiming = { send: 'now' } | { send: 'later'; at: Date } | { send: 'covered' }

export const rebuildTiming = async (req: PayloadRequest, wijk: string): Promise<RebuildTiming> => {
  if (!req.user) return { send: 'now' }
  const decision = await limiterOf().consume(`${req.user.collection}:${req.user.id}`)
  if (decision.allowed) return { send: 'now' }
  const due = deferredUntil.get(wijk)
  if (due !== undefined && due > Date.now()) return { send: 'covered' }
  if (due !== undefined) deferredUntil.delete(wijk)
  return { send: 'later', at: new Date(Date.now() + decision.retryAfterSeconds * 1000) }
}

/**
 * Records a deferred rebuild once its job is committed: a rolled-back one covers nothing. Without
 * a transaction the job is already stored, and the next save may come before the event loop's
 * next turn (afterCommit's fallback), so it is recorded at once.
 */
export const rememberDeferred = async (req: PayloadRequest, wijk: string, at: Date): Promise<void> => {
  const record = () => void deferredUntil.set(wijk, Math.max(deferredUntil.get(wijk) ?? 0, at.getTime()))
  const id = await req.transactionID
  if (typeof id === 'string' || typeof id === 'number') await afterCommit(req, record)
  else record()
}
