import type { GeoPoint } from './geoPoint'

export type GeocodeOutcome = { found: true; point: GeoPoint; label: string } | { found: false; reason: string }

type FreeAnswer = { response?: { docs?: { centroide_ll?: unknown; weergavenaam?: unknown }[] } }

/** "POINT(4.4535 51.9108)" (WKT, longitude first) → [lng, lat]. */
const parseWktPoint = (wkt: unknown): GeoPoint | null => {
  const match = typeof wkt === 'string' ? /^POINT\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)$/.exec(wkt.trim()) : null
  if (!match) return null
  const point: GeoPoint = [Number(match[1]), Number(match[2])]
  return point.every(Number.isFinite) ? point : null
}

/**
 * One address through PDOK's free-text geocoder (`GET {base}/free?q=…&rows=1&fq=type:adres`).
 * Never throws: a timeout, network error, non-2xx answer or empty result is an outcome with a reason,
 * because a save must go ahead without coordinates rather than fail.
 */
export const geocodeWithPdok = async (query: string, options: { baseUrl: string; timeoutMs: number }): Promise<GeocodeOutcome> => {
  const url = new URL(`${options.baseUrl}/free`)
  url.search = new URLSearchParams({ q: query, rows: '1', fq: 'type:adres', fl: 'weergavenaam,centroide_ll' }).toString()
  let answer: FreeAnswer
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(options.timeoutMs) })
    if (!response.ok) return { found: false, reason: `PDOK answered ${response.status} ${response.statusText}`.trim() }
    answer = (await response.json()) as FreeAnswer
  } catch (error) {
    const name = (error as Error).name
    if (name === 'TimeoutError' || name === 'AbortError') return { found: false, reason: `PDOK did not answer within ${options.timeoutMs} ms` }
    return { found: false, reason: `PDOK could not be reached: ${(error as Error).message}` }
  }
  const doc = answer.response?.docs?.[0]
  if (!doc) return { found: false, reason: 'PDOK found no address for it' }
  const point = parseWktPoint(doc.centroide_ll)
  if (!point) return { found: false, reason: `PDOK's answer has no usable point (${String(doc.centroide_ll)})` }
  return { found: true, point, label: typeof doc.weergavenaam === 'string' ? doc.weergavenaam : query }
}
