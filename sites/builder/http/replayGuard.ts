import { WEBHOOK_TOLERANCE_SECONDS } from '@wijk/shared/webhook'

/**
 * Remembers accepted webhooks (id and timestamp) so a captured request cannot be sent again. An id only needs to be
 * kept while its timestamp would still pass verification: twice the tolerance covers clock skew both ways.
 */
export const createReplayGuard = (keepMs = 2 * WEBHOOK_TOLERANCE_SECONDS * 1000, now = () => Date.now()) => {
  const seen = new Map<string, number>()

  const forgetExpired = () => {
    const time = now()
    // Map iteration is in insertion order, so expired ids are at the front.
    for (const [id, expires] of seen) {
      if (expires > time) break
      seen.delete(id)
    }
  }

  return {
    /** True the first time an id is seen (and remembers it), false for a replay. */
    firstTime: (id: string): boolean => {
      forgetExpired()
      if (seen.has(id)) return false
      seen.set(id, now() + keepMs)
      return true
    },
  }
}
