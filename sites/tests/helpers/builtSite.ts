import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { type WijkSnapshot, wijkSnapshotSchema } from '@wijk/shared/snapshot'
import { type HTMLElement, parse } from 'node-html-parser'
import { inject } from 'vitest'

const manifest = inject('testBuild')
/** Where the test build's images are served (like the CMS's media host). */
export const mediaUrl = manifest.mediaUrl

/** The demo snapshot the test build was made from. */
export const snapshot: WijkSnapshot = wijkSnapshotSchema.parse(JSON.parse(readFileSync(manifest.snapshot, 'utf8')))
export const siteDir = manifest.out

/** The built file for a site path ("/agenda/" → agenda/index.html). */
export const builtFile = (urlPath: string) => path.join(siteDir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath)
export const exists = (urlPath: string) => existsSync(builtFile(urlPath))
export const readBuilt = (urlPath: string) => readFileSync(builtFile(urlPath), 'utf8')

/** A built page as a DOM. Throws when the page was not built. */
export const page = (urlPath: string): HTMLElement => parse(readBuilt(urlPath))

/** All JSON-LD objects of a page, flattened. */
export const jsonLd = (doc: HTMLElement): Record<string, unknown>[] =>
  doc.querySelectorAll('script[type="application/ld+json"]').flatMap((s) => {
    const data = JSON.parse(s.textContent) as unknown
    return Array.isArray(data) ? data : [data]
  }) as Record<string, unknown>[]

export const ofType = (doc: HTMLElement, type: string) => jsonLd(doc).filter((d) => d['@type'] === type)

/** Every HTML page of the build, as site paths ("/organisaties/x/"). */
export const allPages = (): string[] => {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
  return walk(siteDir)
    .filter((f) => f.endsWith('.html') && !f.includes(`${path.sep}pagefind${path.sep}`))
    .map(
      (f) =>
        `/${path
          .relative(siteDir, f)
          .replace(/index\.html$/, '')
          .replace(/\\/g, '/')}`,
    )
}
