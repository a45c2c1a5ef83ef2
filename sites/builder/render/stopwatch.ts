/**
 * Seconds per named step of a piece of work (`lap(name)` ends a step), for the builder's log and
 * `/status` `lastSuccess.steps`.
 * @returns {{ laps: Record<string, number>, lap: (name: string) => void }}
 */
export const stopwatch = () => {
  let last = performance.now()
  const laps = {}
  const lap = (name) => {
    const now = performance.now()
    laps[name] = Math.round(now - last) / 1000
    last = now
  }
  return { laps, lap }
}
