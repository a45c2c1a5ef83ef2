/**
 * Input checks for Dutch editors, each paired with the message shown when it
 * fails so the CMS and sites phrase problems identically.
 */

export const POSTCODE_MESSAGE = 'Vul een geldige postcode in, bijvoorbeeld 3024 AB.'
export const COORDINATES_MESSAGE = 'Deze locatie ligt niet in Nederland. Controleer de breedtegraad (bijvoorbeeld 51.92) en de lengtegraad (bijvoorbeeld 4.48).'
export const URL_MESSAGE = 'Vul een volledig webadres in dat begint met http:// of https://, bijvoorbeeld https://www.rotterdam.nl.'
export const PHONE_MESSAGE = 'Vul een geldig Nederlands telefoonnummer in, bijvoorbeeld 010-1234567 of 06 12345678.'

// PostNL never issues the letter pairs SA, SD and SS (historical connotations).
const POSTCODE = /^[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}$/

export function isDutchPostcode(v: string): boolean {
  return POSTCODE.test(v.trim())
}

/** "3024ab" → "3024 AB"; input that isn't postcode-shaped is returned trimmed so validation can reject it. */
export function normalizePostcode(v: string): string {
  const compact = v.replace(/\s+/g, '').toUpperCase()
  const m = /^(\d{4})([A-Z]{2})$/.exec(compact)
  return m ? `${m[1]} ${m[2]}` : v.trim()
}

// Bounding box of the European Netherlands; deliberately coarse, it catches
// swapped lat/lng and locations picked on the wrong continent.
const NL_BOUNDS = { minLat: 50.75, maxLat: 53.7, minLng: 3.2, maxLng: 7.25 }

export function isInsideNetherlands(lat: number, lng: number): boolean {
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return false
  return lat >= NL_BOUNDS.minLat && lat <= NL_BOUNDS.maxLat && lng >= NL_BOUNDS.minLng && lng <= NL_BOUNDS.maxLng
}

export function isHttpUrl(v: string): boolean {
  const trimmed = v.trim()
  // URL would happily percent-encode inner spaces; in an editor field they signal a typo.
  if (/\s/.test(trimmed)) return false
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return false
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false
  const host = url.hostname
  if (host === 'localhost') return true
  return host.includes('.') && !host.startsWith('.') && !host.endsWith('.') && !host.includes('..')
}

/**
 * Regular numbers have ten digits in national form (0 + 9). Also accepts the
 * international forms +31/0031, the common "+31 (0)6" notation, and the short
 * service numbers (0800/090x and the municipal 14 0xx) that a neighbourhood
 * site often lists.
 */
export function isDutchPhone(v: string): boolean {
  const digits = v
    .replace(/[\s.\-/]/g, '')
    .replace(/^(\+31|0031)\(0\)/, '$1') // "+31 (0)6 ..." repeats the trunk zero
    .replace(/^\((0\d{1,3})\)/, '$1') // "(010) 1234567" brackets the area code
  if (/^(?:\+31|0031|0)[1-9]\d{8}$/.test(digits)) return true
  return /^(?:0(?:800|90[069])\d{4,7}|140\d{2,3})$/.test(digits)
}
