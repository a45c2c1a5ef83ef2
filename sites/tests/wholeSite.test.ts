import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import { TEXT_SIZE_BOOT_SCRIPT } from '../src/lib/textSize'
import { allPages, builtFile, page, siteDir, snapshot } from './helpers/builtSite'
import { isSearchablePage } from '../builder/render/indexSite.ts'
import { searchRecords } from './helpers/searchRecords'

const site = new URL(snapshot.wijk.siteUrl)

/** Resolves an internal href to the file it needs in the build, or null for external links. */
const targetFile = (href: string, from: string): string | null => {
  const url = new URL(href, new URL(from, site))
  if (url.origin !== site.origin) return null
  const pathname = decodeURIComponent(url.pathname)
  return pathname.endsWith('/') ? path.join(siteDir, pathname, 'index.html') : path.join(siteDir, pathname)
}

describe('the whole build', () => {
  const pages = allPages().filter((p) => p !== '/404.html')
  // The build is pinned to a moment (WIJK_NOW or the real clock) whose month always has a page.
  const currentMonth = (allPages().find((p) => p.startsWith('/agenda/maand/')) ?? '').split('/')[3]

  it('has every page type', () => {
    const event = snapshot.events[0]!
    const expected = [
      '/',
      '/agenda/',
      '/organisaties/',
      `/organisaties/${snapshot.organisations[0]!.slug}/`,
      `/agenda/${event.slug}/`,
      '/buurtkrant/',
      `/buurtkrant/${snapshot.articles[0]!.slug}/`,
      '/prikbord/',
      '/themas/',
      `/themas/${snapshot.themes[0]!.slug}/`,
      '/zoeken/',
      '/over-deze-site/',
      `/agenda/categorie/${event.category}/`,
      `/agenda/maand/${currentMonth}/`,
    ]
    for (const p of expected) expect(existsSync(builtFile(p)), p).toBe(true)
    for (const file of ['404.html', 'robots.txt', 'sitemap-index.xml', 'buurtkrant/rss.xml', 'agenda.ics', '_headers']) {
      expect(existsSync(path.join(siteDir, file)), file).toBe(true)
    }
  })

  it('has no broken internal link, image or stylesheet on any page', () => {
    const broken: string[] = []
    for (const p of pages) {
      const doc = page(p)
      const refs = [
        ...doc.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
        ...doc.querySelectorAll('link[rel=stylesheet]').map((l) => l.getAttribute('href')!),
        ...doc
          .querySelectorAll('img[src], source[srcset]')
          .flatMap((i) => i.getAttribute('src') ?? i.getAttribute('srcset')!.split(',')[0]!.trim().split(' ')[0]!),
      ]
      for (const href of refs) {
        if (/^(mailto|tel|https?:\/\/(?!delfshaven))/.test(href) || href.startsWith('#')) continue
        const file = targetFile(href, p)
        if (file && !existsSync(file)) broken.push(`${p} → ${href}`)
      }
    }
    expect(broken).toEqual([])
  })

  it('lists exactly the built pages in the sitemap, except those kept out of search engines (noindex)', () => {
    const parser = new XMLParser()
    const index = parser.parse(readFileSync(path.join(siteDir, 'sitemap-index.xml'), 'utf8'))
    const sitemaps = [index.sitemapindex.sitemap].flat().map((s: { loc: string }) => new URL(s.loc).pathname)
    const urls = sitemaps.flatMap((file) => [parser.parse(readFileSync(path.join(siteDir, file), 'utf8')).urlset.url].flat())
    const listed = urls
      .map((u: { loc: string }) => new URL(u.loc))
      .map((u) => {
        expect(u.origin).toBe(site.origin)
        return u.pathname
      })
    const indexable = pages.filter((p) => page(p).querySelector('meta[name=robots]')?.getAttribute('content') !== 'noindex')
    expect(new Set(listed)).toEqual(new Set(indexable))
    expect(listed.length).toBe(indexable.length)
  })

  it('gives every page a description and one h1, and every page for search engines a canonical URL on the wijk domain', () => {
    for (const p of pages) {
      const doc = page(p)
      const noindex = doc.querySelector('meta[name=robots]')?.getAttribute('content') === 'noindex'
      if (!noindex) expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href'), p).toBe(new URL(p, site).toString())
      expect(doc.querySelector('meta[name=description]')?.getAttribute('content')?.length, p).toBeGreaterThan(20)
      expect(doc.querySelectorAll('h1').length, p).toBe(1)
      expect(doc.querySelector('meta[property="og:title"]'), p).not.toBeNull()
    }
  })

  // Reading never waits for a script: module scripts are deferred, and the one inline script only sets the text size.
  it('needs no JavaScript to read: scripts are deferred enhancements, and only the islands add their own', () => {
    const readingTools = /^\/_astro\/(ReadAloud|TextSizeToggle)\.astro_/
    const islands = new Map<string, string[]>()
    for (const p of pages) {
      const scripts = page(p).querySelectorAll('script:not([type="application/ld+json"])')
      const blocking = scripts.filter((s) => s.getAttribute('type') !== 'module' && s.textContent.trim() !== TEXT_SIZE_BOOT_SCRIPT.trim())
      expect(
        blocking.map((s) => s.toString().slice(0, 80)),
        p,
      ).toEqual([])
      const own = scripts.map((s) => s.getAttribute('src')).filter((src): src is string => !!src && !readingTools.test(src))
      if (own.length)
        islands.set(
          p.replace(/^\/agenda\/print\/.+/, '/agenda/print/<sheet>/'),
          own.map((src) => src.split('/').pop()!.split('.')[0]!),
        )
    }
    expect(Object.fromEntries(islands)).toEqual({
      '/zoeken/': ['SearchBox'],
      '/kaart/': ['NetworkMap'],
      '/scherm/': ['index'],
      '/agenda/print/': ['PrintPicker'],
      '/agenda/print/<sheet>/': ['PrintButton'],
    })
  })

  it('indexes exactly the pages with a search body (Pagefind reads only the files SEARCHABLE_PAGES names)', () => {
    const withBody = pages.filter((p) => page(p).querySelector('[data-pagefind-body]')).sort()
    expect(withBody.length).toBeGreaterThan(100)
    expect(
      searchRecords(siteDir)
        .map((record) => record.url)
        .sort(),
    ).toEqual(withBody)
    // The builder's fast path defers the index entries of these pages only (builder/render/liveIndex.ts): none may be missed.
    expect(withBody.filter((p) => !isSearchablePage(`${p.slice(1)}index.html`))).toEqual([])
  })

  it('keeps search filter values out of the indexed text (they would show up in every excerpt)', () => {
    const leaking = pages.flatMap((p) =>
      page(p)
        .querySelectorAll('[data-pagefind-filter]')
        .filter((el) => !el.closest('[data-pagefind-ignore]'))
        .map((el) => `${p}: ${el.toString()}`),
    )
    expect(pages.filter((p) => page(p).querySelector('[data-pagefind-filter]')).length).toBeGreaterThan(100)
    expect(leaking).toEqual([])
  })

  it('leaves lists that repeat other pages (dates, upcoming events, theme chips, breadcrumbs) out of the search index', () => {
    const recurring = snapshot.events.find((e) => e.recurrence)!
    const host = snapshot.organisations.find((o) => snapshot.events.some((e) => e.organisation === o.slug))!
    const repeated = [
      ...page(`/agenda/${recurring.slug}/`).querySelectorAll('section[aria-labelledby="wanneer"] ul, nav[aria-label="Kruimelpad"], main a[href^="/themas/"]'),
      ...page(`/organisaties/${host.slug}/`).querySelectorAll('main a[href^="/agenda/"], main a[href^="/themas/"]'),
    ]
    expect(repeated.length).toBeGreaterThan(3)
    expect(repeated.filter((el) => !el.closest('[data-pagefind-ignore]')).map((el) => el.toString().slice(0, 80))).toEqual([])
  })

  it('sends security headers and long caching for hashed assets', () => {
    const headers = readFileSync(path.join(siteDir, '_headers'), 'utf8')
    expect(headers).toMatch(/Content-Security-Policy: default-src 'self'/)
    expect(headers).toMatch(/Referrer-Policy: strict-origin-when-cross-origin/)
    expect(headers).toMatch(/\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/)
  })
})
