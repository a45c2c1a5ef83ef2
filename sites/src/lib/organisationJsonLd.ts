import type { Org } from './organisation'

import { absoluteUrl, paths } from './paths'

/** Drops null/undefined/empty values so the JSON-LD never claims an empty email or address. */
const compact = (data: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null && value !== undefined && value !== ''))

/**
 * schema.org Organization for an organisation page. `url` is the page itself (its canonical URL),
 * the organisation's own website goes in sameAs, so search engines link the two.
 */
export const organisationJsonLd = (org: Org, site: URL | string | undefined) => {
  const logo = org.logo?.url
  const person = org.contactPerson
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: org.name,
    url: absoluteUrl(paths.organisation(org.slug), site),
    description: org.summary,
    logo,
    image: logo,
    email: org.contact.email,
    telephone: org.contact.phone,
    address: org.address
      ? {
          '@type': 'PostalAddress',
          streetAddress: `${org.address.street} ${org.address.houseNumber}`.trim(),
          postalCode: org.address.postcode,
          addressLocality: org.address.city,
          addressCountry: 'NL',
        }
      : null,
    geo: org.geo ? { '@type': 'GeoCoordinates', latitude: org.geo.lat, longitude: org.geo.lng } : null,
    sameAs: org.contact.website ? [org.contact.website] : null,
    contactPoint: person
      ? compact({
          '@type': 'ContactPoint',
          name: person.name,
          email: org.contact.email,
          telephone: org.contact.phone,
          contactType: 'contactpersoon',
        })
      : null,
  })
}
