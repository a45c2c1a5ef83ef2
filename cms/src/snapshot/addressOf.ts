import type { Address, Geo } from '@wijk/shared/snapshot'

type AddressDoc = { street?: string | null; houseNumber?: string | null; postcode?: string | null; city?: string | null } | null | undefined

export const addressOf = (doc: AddressDoc): Address | null =>
  doc?.street ? { street: doc.street, houseNumber: doc.houseNumber ?? '', postcode: doc.postcode ?? '', city: doc.city ?? '' } : null

/** Payload points are [longitude, latitude]. */
export const geoOf = (point: unknown): Geo | null =>
  Array.isArray(point) && point.length === 2 && point.every((n) => typeof n === 'number') ? { lng: point[0] as number, lat: point[1] as number } : null
