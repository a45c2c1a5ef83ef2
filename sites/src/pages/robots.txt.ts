import type { APIRoute } from 'astro'

import { absoluteUrl } from '../lib/paths'

/** Everything may be crawled; the sitemap index is written by @astrojs/sitemap. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
