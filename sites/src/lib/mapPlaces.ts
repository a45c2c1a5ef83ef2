import type { Org } from './organisation'

/** The heading for organisations that have a map point but no street address. */
export const NO_STREET = 'Zonder straatnaam'

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true })

const houseOrder = (a: Org, b: Org) => collator.compare(a.address?.houseNumber ?? '', b.address?.houseNumber ?? '') || collator.compare(a.name, b.name)

/**
 * The netwerkkaart's list: every organisation with an address or a map point, by street (A–Z),
 * and along each street by house number, so neighbours at one address stand together.
 */
export const byStreet = (organisations: readonly Org[]): [string, Org[]][] => {
  const streets = new Map<string, Org[]>()
  for (const org of organisations) {
    if (!org.address && !org.geo) continue
    const street = org.address?.street.trim() || NO_STREET
    const along = streets.get(street)
    if (along) along.push(org)
    else streets.set(street, [org])
  }
  return [...streets]
    .map(([street, orgs]): [string, Org[]] => [street, orgs.sort(houseOrder)])
    .sort(([a], [b]) => (a === NO_STREET ? 1 : b === NO_STREET ? -1 : collator.compare(a, b)))
}

/** "Schiedamseweg 12, 3026 AB Rotterdam" */
export const addressLine = (org: Org): string | null => {
  const { address } = org
  if (!address) return null
  const place = [address.postcode, address.city].filter(Boolean).join(' ')
  return [`${address.street} ${address.houseNumber}`.trim(), place].filter(Boolean).join(', ')
}

/** A readable id for a street's heading ("Nieuwe Binnenweg" → "straat-nieuwe-binnenweg"). */
export const streetAnchor = (street: string) =>
  `straat-${
    street
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'overig'
  }`
