import { readdirSync } from 'node:fs'
import path from 'node:path'

/** Route files under src/pages, as Astro sees them ("agenda/[slug].astro", "agenda.ics.ts"). */
export const routeFiles = (pagesDir: string) =>
  readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => /\.(astro|ts)$/.test(file))
    .sort()

/** A route's parameters, as getStaticPaths() gives them (Astro allows numbers and undefined for rest parameters). */
type Params = Record<string, string | number | undefined>

const fillParams = (route: string, params: Params) => route.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name) => String(params[name] ?? ''))

/**
 * Where `astro build` (format "directory", trailingSlash "always") writes a route's page, and its URL:
 * "agenda/[slug].astro" → agenda/x/index.html at /agenda/x/; "index.astro" → index.html at /;
 * "404.astro" → 404.html at /404/; an endpoint "agenda.ics.ts" → agenda.ics.
 */
const pageOutput = (route: string, params: Params): { file: string; url: string } => {
  const filled = fillParams(route, params)
  if (route.endsWith('.ts')) {
    const file = filled.slice(0, -'.ts'.length)
    return { file, url: `/${file}` }
  }
  const stem = filled.slice(0, -'.astro'.length)
  // Astro renders the 404 page as /404/ (Astro.url) but writes it as 404.html.
  if (stem === '404') return { file: '404.html', url: '/404/' }
  const dir = stem === 'index' ? '' : stem.replace(/\/index$/, '')
  return { file: dir ? `${dir}/index.html` : 'index.html', url: dir ? `/${dir}/` : '/' }
}

type StaticPath = { params: Params; props?: Record<string, unknown>; cacheKey?: string }

/** What the warm renderer uses of a route module: a page (`default`) or an endpoint (`GET`), its paths and keys. */
export type RouteModule = {
  default?: unknown
  GET?: (context: { params: Params; props: Record<string, unknown>; site: URL; url: URL; request: Request }) => Promise<Response>
  getStaticPaths?: (options: { paginate: () => unknown[]; routePattern: string }) => Promise<StaticPath[]> | StaticPath[]
  cacheKey?: () => Promise<string> | string
}

/** One page of the site: its route, module, parameters and props, cacheKey, output file and URL. */
export type SitePage = {
  route: string
  module: RouteModule
  params: Params
  props: Record<string, unknown>
  cacheKey: string | undefined
  file: string
  url: string
}

/**
 * Every page the site has for the loaded snapshot: each route module, and for dynamic routes each
 * entry of its getStaticPaths() with the props and cacheKey Astro's build would get. A route without
 * parameters has no cacheKey in Astro (a build always renders it); here it may export `cacheKey()`
 * (src/lib/listPageKeys.ts), so a publish that does not touch what it shows skips it.
 */
export const listPages = async (routes: string[], importRoute: (route: string) => Promise<RouteModule>): Promise<SitePage[]> => {
  const pages: SitePage[] = []
  for (const route of routes) {
    const module = await importRoute(route)
    const entries = module.getStaticPaths
      ? await module.getStaticPaths({ paginate: () => [], routePattern: route })
      : [{ params: {}, cacheKey: await module.cacheKey?.() }]
    for (const { params, props = {}, cacheKey } of entries) pages.push({ route, module, params, props, cacheKey, ...pageOutput(route, params) })
  }
  return pages
}
