/** The parts of the address field (fields/addressFields.ts); any may be missing or empty. */
export type AddressParts = { street?: string | null; houseNumber?: string | null; postcode?: string | null; city?: string | null }

const clean = (value: string | null | undefined) => (value ?? '').trim().replace(/\s+/g, ' ')

/**
 * "Street 12, 3024 AB Rotterdam", the form PDOK's free-text search matches best; null while the address
 * is too incomplete to point at one building (street and number, plus postcode or city).
 */
export const addressQuery = (address: AddressParts | null | undefined): string | null => {
  const street = clean(address?.street)
  const houseNumber = clean(address?.houseNumber)
  const place = [clean(address?.postcode), clean(address?.city)].filter(Boolean).join(' ')
  if (!street || !houseNumber || !place) return null
  return `${street} ${houseNumber}, ${place}`
}

/** Whether two addresses are the same for geocoding (spacing and letter case do not matter). */
export const sameAddress = (a: AddressParts | null | undefined, b: AddressParts | null | undefined) =>
  (['street', 'houseNumber', 'postcode', 'city'] as const).every((key) => clean(a?.[key]).toLowerCase() === clean(b?.[key]).toLowerCase())
