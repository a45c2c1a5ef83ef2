import type { SnapshotOrganisation } from '@wijk/shared/snapshot'

import { toAmsterdamIso } from '@wijk/shared/time'

import type { Organisation } from '../payload-types'
import { addressOf, geoOf } from './addressOf'
import { withDigest } from './digest'
import { imageRef } from './imageRef'
import { richTextToSafeHtml } from './richTextToSafeHtml'
import { slugsOf } from './slugsOf'

export const toOrganisation = (doc: Organisation, baseUrl: string): SnapshotOrganisation => {
  const person = doc.contactPerson
  return withDigest({
    id: String(doc.id),
    slug: doc.slug,
    name: doc.name,
    kind: doc.kind,
    summary: doc.summary,
    descriptionHtml: richTextToSafeHtml(doc.description),
    themes: slugsOf(doc.themes),
    offers: (doc.offers ?? []).map((offer) => offer.text),
    logo: imageRef(doc.logo, baseUrl),
    contactPerson: person?.name ? { name: person.name, role: person.role ?? '', photo: imageRef(person.photo, baseUrl) } : null,
    address: addressOf(doc.address),
    geo: geoOf(doc.geo),
    contact: {
      email: doc.contact?.email ?? null,
      phone: doc.contact?.phone ?? null,
      website: doc.contact?.website ?? null,
      whatsapp: doc.contact?.whatsapp ?? null,
    },
    openingHours: (doc.openingHours ?? []).map(({ days, hours }) => ({ days, hours })),
    updatedAt: toAmsterdamIso(new Date(doc.updatedAt)),
  })
}
