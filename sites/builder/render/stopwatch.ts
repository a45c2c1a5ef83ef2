/**
 * Seconds per named step of a piece of work (`lap(name)` ends a step), for the builder's log and
 * `/status` `lastSuccess.steps`.
 */
export const stopwatch = () => {
  let last = performance.now()
  const laps: Record<string, number> = {}
  const lap = (name: string) => {
    const now = performance.now()
    laps[name] = Math.round(now - last) / 1000
    last = now
  }
  return { laps, lap }
}
