import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import path from 'node:path'

import { cmsUrl } from '../../src/lib/cmsUrl.ts'
import { mapTiles, tileImageSource } from '../../src/lib/mapTiles.ts'
import { TEXT_SIZE_BOOT_SCRIPT } from '../../src/lib/textSize.ts'

/**
 * The one inline script the site has: it applies "Grotere letters" before the first paint (a bundled
 * script runs too late and would flash small text). The CSP allows exactly that script by its hash,
 * computed from the same string the pages embed, so the two cannot drift apart.
 */
type Env = Record<string, string | undefined>

const textSizeScriptHash = `'sha256-${createHash('sha256').update(TEXT_SIZE_BOOT_SCRIPT).digest('base64')}'`

/**
 * Forms post to the site itself and to the CMS (registration, aanvragen): its origin from the same
 * PUBLIC_CMS_URL the pages are built with, rather than any https: address.
 */
const formActionSources = (env: Env) => `'self' ${new URL(cmsUrl(env)).origin}`

/**
 * Netlify/Cloudflare-style _headers: security headers everywhere, long caching for hashed assets.
 * The CSP allows only the site's own files: images are optimised copies made at build time, scripts are bundled, no frames.
 * The outside sources are the netwerkkaart's tile host (MAP_TILE_URL, the same setting the page is built with)
 * and the CMS as the forms' target.
 */
const headersFor = (env: Env) => `/*
  Content-Security-Policy: default-src 'self'; img-src 'self' data: ${tileImageSource(mapTiles(env).url)}; script-src 'self' 'wasm-unsafe-eval' ${textSizeScriptHash}; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action ${formActionSources(env)}
  Referrer-Policy: strict-origin-when-cross-origin
  X-Content-Type-Options: nosniff
  Permissions-Policy: camera=(), microphone=(), geolocation=()

/_astro/*
  Cache-Control: public, max-age=31536000, immutable

/pagefind/*
  Cache-Control: public, max-age=300
`

/** `env`: the build's environment. */
export const writeHostingFiles = (dir: string, env: Env = process.env) => {
  writeFileSync(path.join(dir, '_headers'), headersFor(env))
}
