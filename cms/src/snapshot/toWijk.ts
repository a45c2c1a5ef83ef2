import type { SnapshotWijk } from '@wijk/shared/snapshot'

import type { Wijken } from '../payload-types'
import { addressOf } from './addressOf'
import { imageRef } from './imageRef'

/** Local demo domains are served over plain HTTP by the builder; real ones over HTTPS. */
export const siteUrlOf = (domain: string): string => (domain.endsWith('.localhost') || domain === 'localhost' ? `http://${domain}/` : `https://${domain}/`)

export const toWijk = (doc: Wijken, baseUrl: string): SnapshotWijk => ({
  id: String(doc.id),
  slug: doc.slug,
  name: doc.name,
  domain: doc.domain,
  siteUrl: siteUrlOf(doc.domain),
  tagline: doc.tagline ?? '',
  city: doc.city ?? '',
  colors: { primary: doc.colors?.primary ?? '#A63D2A', accent: doc.colors?.accent ?? '#F2B134' },
  logo: imageRef(doc.logo, baseUrl),
  contact: {
    email: doc.contact?.email ?? null,
    phone: doc.contact?.phone ?? null,
    address: addressOf(doc.contact?.address),
  },
})
