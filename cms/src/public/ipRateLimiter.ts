/**
 * A fixed-window limit per key, in memory, for public endpoints. Unlike the admin's limiter it drops
 * finished windows now and then, because here the keys are IP addresses of anyone on the internet.
 * `PUBLIC_RATE_LIMIT_MULTIPLIER` raises every limit (a load run from one machine).
 */
export const createIpRateLimiter = ({ max, windowMs }: { max: number; windowMs: number }) => {
  const windows = new Map<string, { start: number; count: number }>()
  const limit = () => max * (Number(process.env.PUBLIC_RATE_LIMIT_MULTIPLIER) || 1)
  const prune = (now: number) => {
    for (const [key, window] of windows) if (now - window.start >= windowMs) windows.delete(key)
  }
  return (key: string, now = Date.now()): boolean => {
    if (windows.size > 10_000) prune(now)
    const current = windows.get(key)
    if (!current || now - current.start >= windowMs) {
      windows.set(key, { start: now, count: 1 })
      return true
    }
    current.count += 1
    return current.count <= limit()
  }
}
