/**
 * The warm renderer renders with Astro's container inside a Vite dev server. Its HTML differs from
 * `astro build`'s in three things only, none of them content: the stylesheet links (the container
 * renders none), the script URLs (source files instead of bundled, hashed files) and a dev-only
 * attribute on images. Both the links and the script URLs are learned from pages the last full
 * build wrote; a route whose learned result is not byte-for-byte that build's page is not trusted.
 */

const DEV_SCRIPT = /<script type="module" src="([^"]*\?astro&type=script[^"]*)"><\/script>/g
const BUILT_SCRIPT = /<script type="module" src="(\/_astro\/[^"]+\.js)"><\/script>/g
const STYLESHEETS_AT_HEAD_END = /((?:<link rel="stylesheet" href="[^"]+">)*)<\/head>/
const DEV_ONLY_IMAGE_ATTRIBUTE = / data-image-component="true"/g

const srcs = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]!)

/** Learned from the last full build: dev script URL → built script URL, route → its stylesheet links. */
type AssetTable = { scripts: Map<string, string>; stylesheets: Map<string, string> }

export const createAssetTable = (): AssetTable => ({ scripts: new Map(), stylesheets: new Map() })

/** Learns one route's stylesheets and the script files from a rendered page and the built one. Returns why not, or null. */
export const learnFrom = (table: AssetTable, route: string, rendered: string, built: string): string | null => {
  const devScripts = srcs(rendered, DEV_SCRIPT)
  const builtScripts = srcs(built, BUILT_SCRIPT)
  if (devScripts.length !== builtScripts.length) return `${devScripts.length} scripts rendered, ${builtScripts.length} built`
  devScripts.forEach((src, i) => table.scripts.set(src, builtScripts[i]!))
  table.stylesheets.set(route, built.match(STYLESHEETS_AT_HEAD_END)?.[1] ?? '')
  const production = toProductionHtml(table, route, rendered)
  if (production === null) return 'unknown script or stylesheet'
  if (production !== built) return `differs from the build at character ${firstDifference(production, built)}`
  return null
}

const firstDifference = (a: string, b: string) => {
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  return `${i}: …${a.slice(Math.max(0, i - 40), i + 60)}… vs …${b.slice(Math.max(0, i - 40), i + 60)}…`
}

/** The HTML `astro build` would have written, or null when the page uses an asset the table does not know. */
export const toProductionHtml = (table: AssetTable, route: string, rendered: string): string | null => {
  const stylesheets = table.stylesheets.get(route)
  if (stylesheets === undefined) return null
  let unknown = false
  const html = rendered
    .replace(DEV_ONLY_IMAGE_ATTRIBUTE, '')
    .replace(DEV_SCRIPT, (_tag, src) => {
      const built = table.scripts.get(src)
      if (!built) unknown = true
      return `<script type="module" src="${built}"></script>`
    })
    .replace('</head>', `${stylesheets}</head>`)
  return unknown ? null : html
}
