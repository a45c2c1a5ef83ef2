/**
 * A fixed-window limit per key, in memory: enough to stop a double click or a stuck script from
 * queueing a pile of rebuilds. Per process, and forgotten on restart, which is fine for that.
 */
export const createRateLimiter = ({ max, windowMs }: { max: number; windowMs: number }) => {
  const windows = new Map<string, { start: number; count: number }>()
  return (key: string, now = Date.now()): boolean => {
    const current = windows.get(key)
    if (!current || now - current.start >= windowMs) {
      windows.set(key, { start: now, count: 1 })
      return true
    }
    current.count += 1
    return current.count <= max
  }
}
