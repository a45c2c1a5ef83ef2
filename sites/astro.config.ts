import { readFileSync } from 'node:fs'

import sitemap from '@astrojs/sitemap'
import tailwindcss from '@tailwindcss/vite'
import type { AstroIntegration } from 'astro'
import { defineConfig } from 'astro/config'

// The builder rebuilds a wijk in place: pages whose cacheKey did not change are kept as they are
// (src/lib/pageCacheKeys.ts), and the output folder is not emptied first.
const incremental = process.env.WIJK_INCREMENTAL === '1'

// Canonical URLs, the sitemap and feeds use the wijk's own domain from the snapshot.
const snapshotPath = process.env.WIJK_SNAPSHOT
const site = snapshotPath ? JSON.parse(readFileSync(snapshotPath, 'utf8')).wijk.siteUrl : 'http://localhost/'

// The builder's warm renderer (builder/render/warm/) runs the site in a dev server and needs its Vite
// server and content refresh, which Astro only hands to integrations.
const exposeDevServer: AstroIntegration = {
  name: 'wijk-warm-renderer',
  hooks: { 'astro:server:setup': ({ server, refreshContent }) => void ((globalThis as { __wijkWarm?: unknown }).__wijkWarm = { server, refreshContent }) },
}

export default defineConfig({
  site,
  trailingSlash: 'always',
  output: 'static',
  outDir: process.env.WIJK_OUT_DIR ?? './dist',
  // One cache per wijk (and per test run): builds of different wijken must not share incremental state.
  cacheDir: process.env.WIJK_CACHE_DIR ?? './node_modules/.astro',
  // Two pages in flight: one renders while the other's files are written (a measured ~0.4 s on 2,835 pages).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  devToolbar: { enabled: false },
  experimental: { incrementalBuild: incremental },
  // Images come from the CMS's media host named in the snapshot; Astro downloads and optimises them at build time.
  image: {
    remotePatterns: [{ protocol: 'https' }, { protocol: 'http' }],
    // AVIF at effort 2 encodes several times faster than sharp's default 4 for a few % more bytes:
    // every publish rebuilds a wijk, and new images must not hold that up.
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 }, webp: { effort: 3 } } },
  },
  // Screen mode (/scherm/) is a kiosk view, not a page to find: noindex and not in the sitemap. So are the
  // print sheets (/agenda/print/…): the agenda again, laid out for paper; searchers belong on the agenda.
  // Nor are the pages after a form post ("kijk in je mail", "je account is klaar", "bedankt").
  integrations: [
    ...(process.env.WIJK_WARM === '1' ? [exposeDevServer] : []),
    sitemap({
      filter: (page) =>
        !['/scherm/', '/agenda/print/', '/account/bijna-klaar/', '/account/klaar/', '/bedankt/', '/nieuwsbrief/bedankt/'].some((path) =>
          new URL(page).pathname.startsWith(path),
        ),
    }),
  ],
  // Never inline scripts or assets: the CSP in _headers allows only files from the site itself.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0, emptyOutDir: !incremental } },
})
