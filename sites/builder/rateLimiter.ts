/**
 * A token bucket per client IP: `perMinute` requests, refilled continuously. Only signed requests
 * can cause builds, so this just keeps a flood of junk from costing signature checks and memory.
 */
export const createRateLimiter = (perMinute: number, now = () => Date.now()) => {
  const buckets = new Map<string, { tokens: number; at: number }>()

  return {
    allow: (ip: string): boolean => {
      const time = now()
      if (buckets.size > 10_000) buckets.clear()
      const bucket = buckets.get(ip) ?? { tokens: perMinute, at: time }
      bucket.tokens = Math.min(perMinute, bucket.tokens + ((time - bucket.at) / 60_000) * perMinute)
      bucket.at = time
      buckets.set(ip, bucket)
      if (bucket.tokens < 1) return false
      bucket.tokens -= 1
      return true
    },
  }
}
