import type { Occurrence } from '@wijk/shared/recurrence'
import type { SnapshotEvent } from '@wijk/shared/snapshot'
import { type EventHost, type EventPlace, streetLine } from '@wijk/shared/eventPlace'

import { absoluteUrl, paths } from './paths'

type Site = URL | string | undefined

/** schema.org price: a decimal string with a dot, "0" when free. */
const schemaPrice = (cents: number) => (cents === 0 ? '0' : (cents / 100).toFixed(2))

function location(place: EventPlace) {
  const physical =
    place.physical && (place.name || place.address)
      ? {
          '@type': 'Place',
          name: place.name ?? (place.address ? streetLine(place.address) : undefined),
          ...(place.address && {
            address: {
              '@type': 'PostalAddress',
              streetAddress: streetLine(place.address),
              postalCode: place.address.postcode,
              addressLocality: place.address.city,
              addressCountry: 'NL',
            },
          }),
        }
      : null
  const virtual = place.onlineUrl ? { '@type': 'VirtualLocation', url: place.onlineUrl } : null
  const both = [physical, virtual].filter((l) => l !== null)
  return both.length > 1 ? both : both[0]
}

const attendanceMode = (place: EventPlace) => `https://schema.org/${place.onlineUrl ? (place.physical ? 'Mixed' : 'Online') : 'Offline'}EventAttendanceMode`

/** One schema.org Event per occurrence shown on the event page. */
export function eventJsonLd(event: SnapshotEvent, occurrences: Occurrence[], place: EventPlace, host: EventHost | null, site: Site) {
  const url = absoluteUrl(paths.event(event.slug), site)
  const shared = {
    name: event.title,
    ...(event.summary && { description: event.summary }),
    ...(event.image && { image: [event.image.url] }),
    eventStatus: `https://schema.org/${event.status === 'cancelled' ? 'EventCancelled' : 'EventScheduled'}`,
    eventAttendanceMode: attendanceMode(place),
    location: location(place),
    ...(host && { organizer: { '@type': 'Organization', name: host.name, url: absoluteUrl(paths.organisation(host.slug), site) } }),
    ...(event.price.cents !== null && {
      offers: {
        '@type': 'Offer',
        price: schemaPrice(event.price.cents),
        priceCurrency: 'EUR',
        availability: 'https://schema.org/InStock',
        url,
      },
    }),
    url,
  }
  return occurrences.map((o) => ({ '@context': 'https://schema.org', '@type': 'Event', startDate: o.start, endDate: o.end, ...shared }))
}
