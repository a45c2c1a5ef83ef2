/**
 * Places at the same point share one marker on the netwerkkaart, whose popup lists them all:
 * several initiatives often meet in one buurthuis. Used in the browser; pure, so it is unit-tested.
 */
export type Point = { lat: number; lng: number }

export const groupByPoint = <T extends { point: Point }>(places: readonly T[]): T[][] => {
  const groups = new Map<string, T[]>()
  for (const place of places) {
    const key = `${place.point.lat},${place.point.lng}`
    const group = groups.get(key)
    if (group) group.push(place)
    else groups.set(key, [place])
  }
  return [...groups.values()]
}

/** Places that have one of the chosen themes; all places when none is chosen. */
export const withThemes = <T extends { themes: readonly string[] }>(places: readonly T[], chosen: ReadonlySet<string>): T[] =>
  chosen.size === 0 ? [...places] : places.filter((place) => place.themes.some((theme) => chosen.has(theme)))

type Pixel = { x: number; y: number }
type Cluster<T> = { at: Pixel; weight: number; items: T[] }

const near = (a: Pixel, b: Pixel, radius: number) => Math.hypot(a.x - b.x, a.y - b.y) < radius
const mergeInto = <T>(into: Cluster<T>, from: Cluster<T>) => {
  const weight = into.weight + from.weight
  into.at = { x: (into.at.x * into.weight + from.at.x * from.weight) / weight, y: (into.at.y * into.weight + from.at.y * from.weight) / weight }
  into.weight = weight
  into.items.push(...from.items)
}

/**
 * Markers closer than `radius` pixels at the current zoom are drawn as one numbered cluster at their
 * centre, so a wijk of 500 organisations stays readable; zooming in splits them. Each item joins a
 * cluster whose centre is near, then clusters whose centres moved near each other merge, until no two
 * overlap. Fine for hundreds of markers (items × clusters per pass).
 */
export const clusterByDistance = <T>(items: readonly T[], pixelOf: (item: T) => Pixel, radius: number): T[][] => {
  let clusters: Cluster<T>[] = []
  for (const item of items) {
    const cluster: Cluster<T> = { at: pixelOf(item), weight: 1, items: [item] }
    const home = clusters.find((other) => near(other.at, cluster.at, radius))
    if (home) mergeInto(home, cluster)
    else clusters.push(cluster)
  }
  for (let merged = true; merged;) {
    merged = false
    const next: Cluster<T>[] = []
    for (const cluster of clusters) {
      const home = next.find((other) => near(other.at, cluster.at, radius))
      if (home) {
        mergeInto(home, cluster)
        merged = true
      } else next.push(cluster)
    }
    clusters = next
  }
  return clusters.map((cluster) => cluster.items)
}
