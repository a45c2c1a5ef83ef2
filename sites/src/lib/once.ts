/**
 * Loads something once per build. Astro renders every page of a build in one process, and the
 * snapshot does not change during it: without this, each of thousands of pages would re-read whole
 * collections (2,000 event pages × 500 organisations).
 */
export const once = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let loaded: Promise<T> | undefined
  return () => (loaded ??= load())
}
