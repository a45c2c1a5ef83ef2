/**
 * Where the netwerkkaart's background comes from: a build-time setting, because the CSP in _headers
 * (sites/builder/render/hostingFiles.ts) must allow the same host. OpenStreetMap's own tiles by default; a wijk
 * with heavy traffic or its own style sets MAP_TILE_URL (and MAP_TILE_ATTRIBUTION when the map is not
 * OpenStreetMap's, e.g. PDOK's BRT-Achtergrondkaart).
 */
export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'
const DEFAULT_TILE_ATTRIBUTION = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>-bijdragers'

export type MapTiles = { url: string; attribution: string }

export const mapTiles = (env: Record<string, string | undefined> = process.env): MapTiles => ({
  url: env.MAP_TILE_URL?.trim() || DEFAULT_TILE_URL,
  attribution: env.MAP_TILE_ATTRIBUTION?.trim() || DEFAULT_TILE_ATTRIBUTION,
})

/**
 * The CSP source that lets the browser load those tiles: the template's scheme and host, with
 * Leaflet's subdomain placeholder {s} as a wildcard ("https://{s}.tile.example.org/…" → "https://*.tile.example.org").
 */
export const tileImageSource = (url: string): string => {
  const match = /^(https?):\/\/([^/?#]+)/i.exec(url.trim())
  if (!match) throw new Error(`MAP_TILE_URL must start with http:// or https://, got "${url}"`)
  return `${match[1]!.toLowerCase()}://${match[2]!.replace(/\{s\}/g, '*')}`
}
