import type { HTMLElement } from 'node-html-parser'

import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import type { ImageRef, SnapshotPost } from '@wijk/shared/snapshot'
import { sitePaths } from '@wijk/shared/sitePaths'

import { currentPosts } from '../src/lib/home'
import { allPages, exists, ofType, page, readBuilt, snapshot } from './helpers/builtSite'

// The build pins "now" with WIJK_NOW when set; otherwise it ran seconds before these tests.
const now = process.env.WIJK_NOW ? new Date(process.env.WIJK_NOW) : new Date()
const { wijk } = snapshot
const site = wijk.siteUrl
const KIND_LABELS = { vraag: 'Vraag', aanbod: 'Aanbod' } as const
const squash = (el: HTMLElement | null | undefined) => (el?.text ?? '').replace(/\s+/g, ' ')
const meta = (doc: HTMLElement, key: string) => doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content')

describe('prikbord', () => {
  const doc = page('/prikbord/')
  const published = snapshot.posts.filter((p) => Date.parse(p.expiresAt) >= now.getTime())
  /** Newest first; posts placed at the same moment by title, so the order is the same in every build. */
  const newestFirst = (posts: SnapshotPost[]) =>
    [...posts].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.title.localeCompare(b.title, 'nl'))

  it('shows every published post under its kind, newest first', () => {
    expect(published.some((p) => p.kind === 'vraag') && published.some((p) => p.kind === 'aanbod')).toBe(true)
    for (const kind of ['vraag', 'aanbod'] as const) {
      const section = doc.querySelector(`section[data-kind="${kind}"]`)!
      expect(section.querySelector('h2')?.text.trim()).toBe(KIND_LABELS[kind])
      const cards = section.querySelectorAll('article')
      expect(cards.every((c) => c.getAttribute('data-post-kind') === kind)).toBe(true)
      expect(cards.map((c) => c.querySelector('h3')?.text.trim())).toEqual(newestFirst(published.filter((p) => p.kind === kind)).map((p) => p.title))
    }
  })

  it('shows who placed each post and how to react through the redactie', () => {
    expect(wijk.contact.email).toBeTruthy()
    const cards = doc.querySelectorAll('main article')
    for (const post of published) {
      const card = cards.find((c) => c.querySelector('h3')?.text.trim() === post.title)!
      expect(squash(card)).toContain(post.authorName)
      expect(squash(card)).toContain(post.body.replace(/\s+/g, ' ').slice(0, 40))
      const reply = new URL(card.querySelector('[data-post-reply] a')!.getAttribute('href')!)
      expect(reply.protocol).toBe('mailto:')
      expect(reply.pathname).toBe(wijk.contact.email)
      expect(reply.searchParams.get('subject')).toBe(`Prikbord: ${post.title}`)
    }
    const aside = doc.querySelector('aside')!
    expect(aside.querySelector(`a[href="mailto:${wijk.contact.email}"]`)).not.toBeNull()
    if (wijk.contact.phone) expect(aside.querySelector('a[href^="tel:"]')?.text).toBe(wijk.contact.phone)
    // Sentences around the links keep their spaces (Astro drops whitespace before an expression).
    expect(aside.text.replace(/\s+/g, ' ')).toContain(
      `met de buur. Mail naar ${wijk.contact.email}.${wijk.contact.phone ? ` Of bel ${wijk.contact.phone}.` : ''}`,
    )
  })

  it('leaves out expired posts and puts the newest first (checked on made-up posts)', () => {
    const base = snapshot.posts[0]!
    const post = (id: string, publishedDaysAgo: number, expiresInDays: number) => ({
      ...base,
      id,
      publishedAt: new Date(now.getTime() - publishedDaysAgo * 86_400_000).toISOString(),
      expiresAt: new Date(now.getTime() + expiresInDays * 86_400_000).toISOString(),
    })
    const posts = [post('old', 9, 5), post('expired', 1, -1), { ...post('new-b', 1, 5), title: 'B' }, { ...post('new-a', 1, 5), title: 'A' }]
    expect(currentPosts(posts, now).map((p) => p.id)).toEqual(['new-a', 'new-b', 'old'])
  })
})

describe('over deze site', () => {
  const doc = page('/over-deze-site/')
  const main = doc.querySelector('main')!

  it('tells what the site is, for which wijk, and links its parts', () => {
    expect(doc.querySelectorAll('h1').map((h) => h.text.trim())).toEqual(['Over deze site'])
    expect(squash(main)).toContain(wijk.name)
    for (const href of ['/agenda/', '/organisaties/', '/buurtkrant/', '/prikbord/']) expect(main.querySelector(`a[href="${href}"]`), href).not.toBeNull()
    const [crumbs] = ofType(doc, 'BreadcrumbList') as { itemListElement: { name: string }[] }[]
    expect(crumbs?.itemListElement.map((c) => c.name)).toEqual(['Home', 'Over deze site'])
  })

  it('gives the redactie’s contact details from the snapshot', () => {
    const { email, phone, address } = wijk.contact
    expect(email && phone && address).toBeTruthy()
    expect(main.querySelector(`a[href="mailto:${email}"]`)?.text).toBe(email)
    expect(main.querySelector(`a[href="tel:${phone!.replace(/[^+0-9]/g, '')}"]`)?.text).toBe(phone)
    expect(squash(main)).toContain(`${address!.street} ${address!.houseNumber}, ${address!.postcode} ${address!.city}`)
  })
})

const sitemapPaths = () => {
  const parser = new XMLParser()
  const index = parser.parse(readBuilt('/sitemap-index.xml'))
  const files = [index.sitemapindex.sitemap].flat().map((s: { loc: string }) => new URL(s.loc).pathname)
  return files.flatMap((file) => [parser.parse(readBuilt(file)).urlset.url].flat().map((u: { loc: string }) => new URL(u.loc).pathname))
}

describe('the pages the CMS links to and sends residents back to (@wijk/shared/sitePaths)', () => {
  it('are all built', () => {
    const [event] = snapshot.events
    const [article] = snapshot.articles
    const linked = [
      sitePaths.agenda(),
      sitePaths.event(event!.slug),
      sitePaths.articles(),
      sitePaths.article(article!.slug),
      sitePaths.account(),
      sitePaths.registered(),
      sitePaths.accountReady(),
      sitePaths.thanks(),
      sitePaths.newsletterThanks(),
    ]
    expect(linked).toHaveLength(Object.keys(sitePaths).length)
    expect(linked.filter((path) => !exists(path))).toEqual([])
  })
})

describe('404 page', () => {
  const doc = page('/404.html')

  it('is not indexed, has no canonical address of its own and is not in the sitemap', () => {
    expect(meta(doc, 'robots')).toBe('noindex')
    expect(doc.querySelector('link[rel=canonical]')).toBeNull()
    expect(meta(doc, 'og:url')).toBeUndefined()
    expect(sitemapPaths().filter((p) => p.includes('404'))).toEqual([])
  })

  it('says the page does not exist and links home and to the search page', () => {
    expect(doc.querySelector('h1')?.text).toContain('bestaat niet')
    const main = doc.querySelector('main')!
    expect(main.querySelector('a[href="/"]')).not.toBeNull()
    expect(main.querySelector('a[href="/zoeken/"]')).not.toBeNull()
    expect(exists('/zoeken/')).toBe(true)
  })
})

describe('robots.txt', () => {
  const lines = readBuilt('/robots.txt')
    .split('\n')
    .map((l) => l.trim())

  it('allows every crawler everywhere', () => {
    expect(lines).toContain('User-agent: *')
    expect(lines).toContain('Allow: /')
    expect(lines.filter((l) => /^Disallow:\s*\S/i.test(l))).toEqual([])
  })

  it('names the sitemap on the wijk’s own domain', () => {
    const sitemaps = lines.filter((l) => l.startsWith('Sitemap:')).map((l) => new URL(l.slice('Sitemap:'.length).trim()))
    expect(sitemaps.map(String)).toEqual([new URL('/sitemap-index.xml', site).toString()])
    expect(sitemaps[0]!.host).toBe(wijk.domain)
    expect(exists(sitemaps[0]!.pathname)).toBe(true)
    expect(sitemapPaths().length).toBeGreaterThan(0)
  })
})

describe('every page', () => {
  const pages = allPages()

  it('is in Dutch', () => {
    expect(pages.length).toBeGreaterThan(50)
    expect(pages.filter((p) => page(p).querySelector('html')?.getAttribute('lang') !== 'nl')).toEqual([])
  })
})

type Detail = { path: string; image: ImageRef | null; type: 'article' | 'website' }
const details: Detail[] = [
  ...snapshot.events.map((e) => ({ path: `/agenda/${e.slug}/`, image: e.image, type: 'website' as const })),
  ...snapshot.organisations.map((o) => ({ path: `/organisaties/${o.slug}/`, image: o.logo, type: 'website' as const })),
  ...snapshot.articles.map((a) => ({ path: `/buurtkrant/${a.slug}/`, image: a.image, type: 'article' as const })),
  ...snapshot.themes.map((t) => ({ path: `/themas/${t.slug}/`, image: null, type: 'website' as const })),
]

describe('Open Graph and Twitter cards on detail pages', () => {
  it('the demo has detail pages with and without an image', () => {
    expect(details.some((d) => d.image)).toBe(true)
    expect(details.some((d) => !d.image)).toBe(true)
  })

  it.each(details.map((d) => [d.path, d] as const))('%s', (path, detail) => {
    const doc = page(path)
    const canonical = doc.querySelector('link[rel=canonical]')?.getAttribute('href')
    expect(canonical).toBe(new URL(path, site).toString())
    expect(meta(doc, 'og:url')).toBe(canonical)
    expect(meta(doc, 'og:title')).toBe(doc.querySelector('title')?.text)
    expect(meta(doc, 'og:description')).toBe(meta(doc, 'description'))
    expect(meta(doc, 'og:description')?.length).toBeGreaterThan(20)
    expect(meta(doc, 'og:type')).toBe(detail.type)
    expect(meta(doc, 'og:site_name')).toBe(wijk.name)
    expect(meta(doc, 'twitter:title')).toBe(meta(doc, 'og:title'))
    expect(meta(doc, 'twitter:card')).toBe(detail.image ? 'summary_large_image' : 'summary')
    if (detail.image) expectImageTags(doc, detail.image)
    else expect(meta(doc, 'og:image')).toBeUndefined()
  })
})

/** og:image is one of the CMS renditions of the content's image, absolute, with its alt text. */
const expectImageTags = (doc: HTMLElement, image: ImageRef) => {
  const renditions = [image.url, ...Object.values(image.variants).map((v) => v.url)]
  expect(renditions).toContain(meta(doc, 'og:image'))
  expect(meta(doc, 'og:image')).toMatch(/^https?:\/\//)
  expect(meta(doc, 'og:image:alt')).toBe(image.alt)
  expect(meta(doc, 'twitter:image')).toBe(meta(doc, 'og:image'))
}

describe('images on every page', () => {
  const pages = allPages().map((path) => ({ path, doc: page(path) }))
  const withImages = pages.filter(({ doc }) => doc.querySelector('main img'))

  it('every <img> has an alt attribute, a width and a height', () => {
    expect(withImages.length).toBeGreaterThan(10)
    const bad = pages.flatMap(({ path, doc }) =>
      doc
        .querySelectorAll('img')
        .filter(
          (img) => !img.hasAttribute('alt') || !/^[1-9]\d*$/.test(img.getAttribute('width') ?? '') || !/^[1-9]\d*$/.test(img.getAttribute('height') ?? ''),
        )
        .map((img) => `${path}: ${img.getAttribute('src')}`),
    )
    expect(bad).toEqual([])
  })

  it('every <picture> offers AVIF (large images) and WebP sources before its WebP fallback <img>', () => {
    const pictures = pages.flatMap(({ path, doc }) => doc.querySelectorAll('picture').map((p) => ({ path, p })))
    expect(pictures.length).toBeGreaterThan(0)
    for (const { path, p } of pictures) {
      const sources = p.querySelectorAll('source')
      const width = Number(p.querySelector('img')?.getAttribute('width'))
      expect(
        sources.map((s) => s.getAttribute('type')),
        path,
      ).toEqual(width <= 320 ? ['image/webp'] : ['image/avif', 'image/webp'])
      expect(p.querySelector('img')?.getAttribute('src'), path).toMatch(/\.webp$/)
      expect(
        sources.every((s) => (s.getAttribute('srcset') ?? '').length > 0),
        path,
      ).toBe(true)
      expect(p.lastElementChild?.tagName, path).toBe('IMG')
    }
  })

  // ContentImage loads lazily unless a page marks its first, above-the-fold image eager;
  // the only image outside <main> is the small header logo, which is always eager.
  it('only the first image of the content may load eagerly, every other one is lazy', () => {
    const bad = withImages.flatMap(({ path, doc }) =>
      doc.querySelectorAll('main img').flatMap((img, i) => {
        const loading = img.getAttribute('loading')
        return (i === 0 ? ['eager', 'lazy'] : ['lazy']).includes(loading ?? '') ? [] : [`${path} image ${i + 1}: ${loading}`]
      }),
    )
    expect(bad).toEqual([])
    expect(withImages.some(({ doc }) => doc.querySelector('main img')?.getAttribute('loading') === 'eager')).toBe(true)
    expect(withImages.some(({ doc }) => doc.querySelectorAll('main img').length > 1)).toBe(true)
    const outside = pages.flatMap(({ doc }) => doc.querySelectorAll('img').filter((img) => !img.closest('main')))
    expect(outside.every((img) => img.closest('header') && img.getAttribute('loading') === 'eager')).toBe(true)
  })
})
