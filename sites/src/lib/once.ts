/**
 * Makes something once per snapshot. Astro renders every page of a build in one process, and the
 * snapshot does not change during it: without this, each of thousands of pages would re-read whole
 * collections (2,000 event pages × 500 organisations). The builder's warm renderer keeps one process
 * across publishes and points WIJK_SNAPSHOT at each new snapshot file: that makes it anew.
 */
export const once = <T>(make: () => T): (() => T) => {
  let made: { snapshot: string | undefined; value: T } | undefined
  return () => {
    const snapshot = process.env.WIJK_SNAPSHOT
    if (made?.snapshot !== snapshot) made = { snapshot, value: make() }
    return made!.value
  }
}
