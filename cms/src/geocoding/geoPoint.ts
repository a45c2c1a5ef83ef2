/** A map point as Payload's point field stores it: [longitude, latitude] (GeoJSON order). */
export type GeoPoint = [number, number]

/** The point in a field value, or null when it is empty or incomplete ([null, null] from the admin form). */
export const pointOf = (value: unknown): GeoPoint | null => {
  if (!Array.isArray(value) || value.length !== 2) return null
  const [lng, lat] = value.map((n) => (n === null || n === undefined || n === '' ? Number.NaN : Number(n)))
  return Number.isFinite(lng) && Number.isFinite(lat) ? [lng!, lat!] : null
}

export const samePoint = (a: GeoPoint | null, b: GeoPoint | null) => (a === null || b === null ? a === b : a[0] === b[0] && a[1] === b[1])
