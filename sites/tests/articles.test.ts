import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import { safeHref, sanitizeArticleHtml } from '../src/lib/articleHtml'
import { exists, ofType, page, readBuilt, snapshot } from './helpers/builtSite'

const { wijk } = snapshot
const site = wijk.siteUrl
const newest = [...snapshot.articles].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
const articleUrl = (slug: string) => new URL(`/buurtkrant/${slug}/`, site).toString()

describe('buurtkrant list', () => {
  it('links every article, newest first, under one h1', () => {
    const doc = page('/buurtkrant/')
    expect(doc.querySelectorAll('h1').map((h) => h.textContent.trim())).toEqual(['Buurtkrant'])
    const links = doc.querySelectorAll('main h2 a').map((a) => a.getAttribute('href'))
    expect(links).toEqual(newest.map((a) => `/buurtkrant/${a.slug}/`))
  })

  it('has breadcrumbs as JSON-LD and links the RSS feed', () => {
    const doc = page('/buurtkrant/')
    const [crumbs] = ofType(doc, 'BreadcrumbList') as { itemListElement: { name: string; item: string }[] }[]
    expect(crumbs?.itemListElement.map((c) => [c.name, c.item])).toEqual([
      ['Home', site],
      ['Buurtkrant', new URL('/buurtkrant/', site).toString()],
    ])
    expect(doc.querySelector('main a[href="/buurtkrant/rss.xml"]')).not.toBeNull()
  })
})

describe('article pages', () => {
  it('the demo has articles with and without an image', () => {
    expect(snapshot.articles.some((a) => a.image)).toBe(true)
    expect(snapshot.articles.some((a) => !a.image)).toBe(true)
  })

  it.each(snapshot.articles.map((a) => [a.slug, a] as const))('%s: title, lead, author, date and body', (slug, article) => {
    const doc = page(`/buurtkrant/${slug}/`)
    expect(doc.querySelectorAll('h1').map((h) => h.textContent.trim())).toEqual([article.title])
    const main = doc.querySelector('main')!
    expect(main.textContent).toContain(article.lead)
    expect(main.textContent).toContain(article.authorName)
    expect(main.querySelector(`time[datetime="${article.publishedAt}"]`)).not.toBeNull()
    // The first paragraph of the body, as text, is on the page.
    const firstParagraph = /<p>(.*?)<\/p>/.exec(article.bodyHtml)?.[1]?.replace(/<[^>]+>/g, '')
    if (firstParagraph) expect(main.querySelector('article')?.textContent).toContain(firstParagraph.slice(0, 60))
    expect(doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article')
    expect(main.querySelector('[data-pagefind-filter="soort"]')?.textContent).toBe('buurtkrant')
    if (article.image) expect(main.querySelector('article picture img')?.getAttribute('alt')).toBe(article.image.alt)
  })

  it.each(snapshot.articles.map((a) => [a.slug, a] as const))('%s: NewsArticle and BreadcrumbList JSON-LD', (slug, article) => {
    const doc = page(`/buurtkrant/${slug}/`)
    const news = ofType(doc, 'NewsArticle')
    expect(news).toHaveLength(1)
    expect(news[0]).toMatchObject({
      '@context': 'https://schema.org',
      headline: article.title,
      description: article.lead,
      datePublished: article.publishedAt,
      dateModified: article.updatedAt,
      author: { '@type': 'Person', name: article.authorName },
      publisher: { '@type': 'Organization', name: wijk.name },
      mainEntityOfPage: { '@type': 'WebPage', '@id': articleUrl(slug) },
    })
    if (wijk.logo) expect((news[0]!.publisher as { logo?: { url: string } }).logo?.url).toMatch(/^https?:\/\//)
    if (article.image) expect(news[0]!.image).toEqual([article.image.variants.hero?.url ?? article.image.url])
    else expect(news[0]!.image).toBeUndefined()

    const [crumbs] = ofType(doc, 'BreadcrumbList') as { itemListElement: { position: number; name: string; item: string }[] }[]
    expect(crumbs?.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: site },
      { '@type': 'ListItem', position: 2, name: 'Buurtkrant', item: new URL('/buurtkrant/', site).toString() },
      { '@type': 'ListItem', position: 3, name: article.title, item: articleUrl(slug) },
    ])
  })
})

describe('RSS feed', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' })
  type Item = { title: string; link: string; pubDate: string; description: string; guid: unknown }
  const feed = () => parser.parse(readBuilt('/buurtkrant/rss.xml')) as { rss: { '@_version': string; channel: Record<string, unknown> & { item?: Item[] } } }

  it('is RSS 2.0 with the channel title, link, description and language nl', () => {
    const { rss } = feed()
    expect(rss['@_version']).toBe('2.0')
    expect(rss.channel.title).toBe(`Buurtkrant ${wijk.name}`)
    expect(rss.channel.link).toBe(site)
    expect(String(rss.channel.description).length).toBeGreaterThan(10)
    expect(rss.channel.language).toBe('nl')
  })

  it('has one item per article, newest first, with absolute links on the wijk domain and RFC-822 dates', () => {
    const items = feed().rss.channel.item ?? []
    expect(items.map((i) => i.title)).toEqual(newest.map((a) => a.title))
    const rfc822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/
    items.forEach((item, i) => {
      const article = newest[i]!
      expect(item.link).toBe(articleUrl(article.slug))
      expect(new URL(item.link).host).toBe(wijk.domain)
      expect(item.pubDate).toMatch(rfc822)
      expect(Date.parse(item.pubDate)).toBe(Math.floor(Date.parse(article.publishedAt) / 1000) * 1000)
      expect(item.description).toBe(article.lead)
    })
  })

  it('is advertised in the head of every page', () => {
    expect(exists('/buurtkrant/rss.xml')).toBe(true)
    expect(page('/').querySelector('link[rel=alternate][type="application/rss+xml"]')?.getAttribute('href')).toBe('/buurtkrant/rss.xml')
  })
})

describe('article HTML sanitiser', () => {
  it('keeps the allowed structure and text', () => {
    const html = '<p>Hallo <strong>buren</strong> &amp; <em>vrienden</em></p><ul><li>een</li></ul><blockquote>Citaat</blockquote><br/><hr>'
    expect(sanitizeArticleHtml(html)).toBe(
      '<p>Hallo <strong>buren</strong> &amp; <em>vrienden</em></p><ul><li>een</li></ul><blockquote>Citaat</blockquote><br><hr>',
    )
  })

  it('drops scripts, styles, event handlers, unknown tags and comments', () => {
    const out = sanitizeArticleHtml(
      '<p onclick="x()">a<script>alert(1)</script><style>p{}</style><img src=x onerror=alert(1)><!-- c --><iframe src="//e"></iframe>b</p>',
    )
    expect(out).toBe('<p>ab</p>')
  })

  it('keeps safe links only, with rel noopener', () => {
    expect(sanitizeArticleHtml('<a href="https://buurt.nl/?a=1&amp;b=2" target="_blank" onmouseover="x">ok</a>')).toBe(
      '<a href="https://buurt.nl/?a=1&amp;b=2" rel="noopener noreferrer">ok</a>',
    )
    expect(sanitizeArticleHtml('<a href="/agenda/">ok</a>')).toBe('<a href="/agenda/" rel="noopener noreferrer">ok</a>')
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'javascript&colon;alert(1)',
      '&#106;avascript:alert(1)',
      ' data:text/html,x',
      'vbscript:x',
    ]) {
      expect(safeHref(href), href).toBeNull()
      expect(sanitizeArticleHtml(`<a href="${href}">x</a>`), href).toBe('<a>x</a>')
    }
    expect(safeHref('mailto:redactie@wijk.nl')).toBe('mailto:redactie@wijk.nl')
    expect(safeHref('tel:0101234567')).toBe('tel:0101234567')
  })

  it('escapes stray markup, renames h1 and balances tags', () => {
    expect(sanitizeArticleHtml('<h1>Kop</h1><p>1 < 2 & 3 > 2 "quote"')).toBe('<h2>Kop</h2><p>1 &lt; 2 &amp; 3 &gt; 2 "quote"</p>')
    expect(sanitizeArticleHtml('<p><strong>vet</p>na</strong>')).toBe('<p><strong>vet</strong></p>na')
    expect(sanitizeArticleHtml('<a href="x" title=">"><b>y</b>')).toBe('<a href="x" rel="noopener noreferrer"><b>y</b></a>')
    expect(sanitizeArticleHtml('<scr<script>x</script>ipt>alert(1)</script>')).not.toMatch(/<script/i)
  })
})
