/**
 * Addresses, coordinates and contact details for made-up organisations.
 * Websites and e-mail addresses all live under one made-up demo domain so
 * the demo never links to somebody's real site.
 */
import type { Rng } from './random'
import type { SeedAddress, SeedGeo } from './types'
import { FIRST_NAMES, LAST_NAMES, POSTCODE_LETTERS } from './wordlists'

const DEMO_DOMAIN = 'wijkdemo.nl'

/** A street with the four postcode digits of its area and a point roughly in its middle. */
export type Street = { name: string; area: string; postcode: number; lat: number; lng: number }
export type Box = { minLat: number; maxLat: number; minLng: number; maxLng: number }

/** "in de Bellevoysstraat", "op het Marconiplein", "aan de Schiedamseweg". */
export function locative(street: string): string {
  if (/straat$/i.test(street)) return `in de ${street}`
  if (/plein$/i.test(street)) return `op het ${street}`
  return `aan de ${street}`
}

function postcode(rng: Rng, digits: number): string {
  for (;;) {
    const letters = rng.pick([...POSTCODE_LETTERS]) + rng.pick([...POSTCODE_LETTERS])
    if (letters !== 'SA' && letters !== 'SD' && letters !== 'SS') return `${digits} ${letters}`
  }
}

function houseNumber(rng: Rng): string {
  const n = rng.int(1, 240)
  const r = rng.next()
  if (r < 0.08) return `${n}a`
  if (r < 0.14) return `${n}B`
  return String(n)
}

export function address(rng: Rng, street: Street, city: string): SeedAddress {
  return { street: street.name, houseNumber: houseNumber(rng), postcode: postcode(rng, street.postcode), city }
}

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v))
const round = (v: number) => Math.round(v * 1e6) / 1e6

/** A point near the street's middle, kept inside `box`. */
export function geoNear(rng: Rng, street: Street, box: Box, spread = 0.0012): SeedGeo {
  return {
    lat: round(clamp(street.lat + (rng.next() - 0.5) * spread, box.minLat, box.maxLat)),
    lng: round(clamp(street.lng + (rng.next() - 0.5) * spread * 1.6, box.minLng, box.maxLng)),
  }
}

/** "010-4761234": a three-digit area code and seven digits. */
export const phone = (rng: Rng, areaCode: string): string => `${areaCode}-${rng.int(2, 4)}${String(rng.int(0, 999_999)).padStart(6, '0')}`

export const whatsapp = (rng: Rng): string => `+31 6 ${String(rng.int(1000, 9999))} ${String(rng.int(0, 9999)).padStart(4, '0')}`

export const personName = (rng: Rng): string => `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`

export const websiteFor = (key: string): string => `https://${key}.${DEMO_DOMAIN}`
export const emailFor = (local: string, key: string): string => `${local}@${key}.${DEMO_DOMAIN}`
