import type { SnapshotEvent } from '@wijk/shared/snapshot'

import { amsterdamDateKey, toAmsterdamIso } from '@wijk/shared/time'

import type { Event } from '../payload-types'
import { addressOf, geoOf } from './addressOf'
import { withDigest } from './digest'
import { imageRef } from './imageRef'
import { richTextToSafeHtml } from './richTextToSafeHtml'
import { slugOf, slugsOf } from './slugsOf'

const recurrenceOf = (doc: Event): SnapshotEvent['recurrence'] => {
  const rule = doc.recurrence?.rule?.trim()
  if (!rule) return null
  const exceptions = (doc.recurrence?.exceptions ?? []).map((row) => amsterdamDateKey(new Date(row.date)))
  return { rule, exceptions: [...new Set(exceptions)].sort() }
}

const placeOf = (doc: Event): SnapshotEvent['place'] => {
  const address = addressOf(doc.place?.address)
  const name = doc.place?.name?.trim() || null
  return address || name ? { name, address, geo: geoOf(doc.place?.geo) } : null
}

/** `publishedOrganisations` keeps references to draft organisations out of the snapshot. */
export const toEvent = (doc: Event, baseUrl: string, publishedOrganisations: Set<string>): SnapshotEvent => {
  const organisation = slugOf(doc.organisation)
  const start = new Date(doc.startsAt)
  return withDigest({
    id: String(doc.id),
    slug: doc.slug,
    title: doc.title,
    summary: doc.summary,
    descriptionHtml: richTextToSafeHtml(doc.description),
    category: doc.category,
    themes: slugsOf(doc.themes),
    start: toAmsterdamIso(start),
    end: toAmsterdamIso(doc.endsAt ? new Date(doc.endsAt) : new Date(start.getTime() + 2 * 3600_000)),
    timezone: 'Europe/Amsterdam' as const,
    recurrence: recurrenceOf(doc),
    organisation: organisation && publishedOrganisations.has(organisation) ? organisation : null,
    place: placeOf(doc),
    price: { cents: doc.priceCents ?? null, note: doc.priceNote ?? null },
    onlineUrl: doc.onlineUrl ?? null,
    howToJoin: doc.howToJoin ?? '',
    image: imageRef(doc.image, baseUrl),
    status: doc.status ?? 'scheduled',
    updatedAt: toAmsterdamIso(new Date(doc.updatedAt)),
  })
}
