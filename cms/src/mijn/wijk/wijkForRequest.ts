import type { Payload } from 'payload'

import { publicCmsUrl } from '../../env'
import type { Wijken } from '../../payload-types'
import { requestHost } from './requestHost'

type Cache = { until: number; wijken: Wijken[] }

/** Short, so a new wijk or a changed colour shows within seconds without a query per page. */
const CACHE_MS = 10_000
const caches = new WeakMap<Payload, Cache>()

const wijkenOf = async (payload: Payload): Promise<Wijken[]> => {
  const cached = caches.get(payload)
  if (cached && cached.until > Date.now()) return cached.wijken
  // The logo (depth 1) for the header; only what a public site shows anyway.
  const found = await payload.find({ collection: 'wijken', pagination: false, depth: 1, overrideAccess: true })
  caches.set(payload, { until: Date.now() + CACHE_MS, wijken: found.docs })
  return found.docs
}

/**
 * The wijk a hostname belongs to: its own domain (`delfshavenlokaal.nl`), or `<slug>.localhost` for the
 * local demo. The CMS's own host (the admin's) is no wijk, even when it is a wijk-looking name.
 */
const wijkForHostname = async (payload: Payload, hostname: string): Promise<Wijken | null> => {
  if (!hostname || hostname === new URL(publicCmsUrl()).hostname) return null
  const wijken = await wijkenOf(payload)
  const byDomain = wijken.find((wijk) => wijk.domain.toLowerCase() === hostname)
  if (byDomain) return byDomain
  const local = /^([a-z0-9-]+)\.localhost$/.exec(hostname)?.[1]
  return (local && wijken.find((wijk) => wijk.slug === local)) || null
}

/** The wijk of a request (Host, or X-Forwarded-Host from a trusted proxy; see requestHost.ts). */
export const wijkForRequest = (payload: Payload, headers: Headers): Promise<Wijken | null> => wijkForHostname(payload, requestHost(headers).hostname)

/** The wijk's public site (`https://delfshavenlokaal.nl/`; the demo keeps the port the browser used). */
export const wijkSiteUrl = (wijk: Pick<Wijken, 'domain'>, headers: Headers): string => {
  const { host, proto } = requestHost(headers)
  const local = wijk.domain === 'localhost' || wijk.domain.endsWith('.localhost')
  if (local) {
    // Only the port comes from the request: the hostname is the wijk's own (it matched).
    const port = /:(\d{1,5})$/.exec(host)?.[1]
    return `http://${wijk.domain}${port ? `:${port}` : ''}/`
  }
  return `${proto === 'http' && process.env.NODE_ENV !== 'production' ? 'http' : 'https'}://${wijk.domain}/`
}
