import { writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Netlify/Cloudflare-style _headers: security headers everywhere, long caching for hashed assets.
 * The CSP allows only the site's own files: images are optimised copies made at build time, scripts are bundled, no frames.
 */
const HEADERS = `/*
  Content-Security-Policy: default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self' https:
  Referrer-Policy: strict-origin-when-cross-origin
  X-Content-Type-Options: nosniff
  Permissions-Policy: camera=(), microphone=(), geolocation=()

/_astro/*
  Cache-Control: public, max-age=31536000, immutable

/pagefind/*
  Cache-Control: public, max-age=300
`

export const writeHostingFiles = (dir) => {
  writeFileSync(path.join(dir, '_headers'), HEADERS)
}
