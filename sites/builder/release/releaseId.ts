/**
 * A new release id: UTC time to the millisecond plus a counter, e.g. `20261122T101530123Z-1`.
 * Ids sort by time as plain strings, so "previous release" is simply the one before in sort order.
 */
export const newReleaseId = (now: Date, existing: string[]): string => {
  const stamp = now.toISOString().replace(/[-:.]/g, '')
  const taken = new Set(existing)
  let counter = 1
  while (taken.has(`${stamp}-${counter}`)) counter += 1
  return `${stamp}-${counter}`
}
