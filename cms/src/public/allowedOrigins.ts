import type { Payload } from 'payload'

import { publicCmsUrl } from '../env'
import { siteUrlOf } from '../snapshot/toWijk'

/** Where a post came from: one wijk's site, or the CMS itself (the admin). */
export type PostOrigin = { kind: 'wijk'; slug: string; siteUrl: string } | { kind: 'cms' }

type Cache = { until: number; wijken: Array<{ slug: string; domain: string }> }

/** Short, so a new wijk's domain works within seconds without a query per post. */
const CACHE_MS = 10_000
const caches = new WeakMap<Payload, Cache>()

const wijkenOf = async (payload: Payload) => {
  const cached = caches.get(payload)
  if (cached && cached.until > Date.now()) return cached.wijken
  const found = await payload.find({ collection: 'wijken', pagination: false, depth: 0, overrideAccess: true, select: { slug: true, domain: true } })
  const wijken = found.docs.map((doc) => ({ slug: doc.slug, domain: doc.domain }))
  caches.set(payload, { until: Date.now() + CACHE_MS, wijken })
  return wijken
}

/** A local demo site is served by the builder on its own port (delfshaven.localhost:4321). */
const matchesSite = (origin: URL, domain: string): boolean => {
  const site = new URL(siteUrlOf(domain))
  if (domain === 'localhost' || domain.endsWith('.localhost')) return origin.hostname === site.hostname
  return origin.origin === site.origin
}

/** The wijk site or CMS an `Origin` (or `Referer`) belongs to; null when it is neither. */
export const originOf = async (payload: Payload, value: string): Promise<PostOrigin | null> => {
  let origin: URL
  try {
    origin = new URL(value)
  } catch {
    return null
  }
  if (origin.origin === new URL(publicCmsUrl()).origin) return { kind: 'cms' }
  const wijk = (await wijkenOf(payload)).find(({ domain }) => matchesSite(origin, domain))
  if (!wijk) return null
  // The origin itself (it matched): for a local demo it carries the builder's port.
  return { kind: 'wijk', slug: wijk.slug, siteUrl: `${origin.origin}/` }
}
