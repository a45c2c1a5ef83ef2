/** AVG: the privacy page of the built demo wijk, its contact, the sitemap and every footer. */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import { allPages, page as builtPage, siteDir, snapshot } from './helpers/builtSite'

const sitemapPaths = () => {
  const parser = new XMLParser()
  const index = parser.parse(readFileSync(path.join(siteDir, 'sitemap-index.xml'), 'utf8'))
  return [index.sitemapindex.sitemap]
    .flat()
    .flatMap((s: { loc: string }) =>
      [parser.parse(readFileSync(path.join(siteDir, new URL(s.loc).pathname), 'utf8')).urlset.url].flat().map((u: { loc: string }) => new URL(u.loc).pathname),
    )
}

describe('the privacy page', () => {
  it("says what is stored, why, how long, who sees it and your rights, with the wijk's own contact", () => {
    const doc = builtPage('/privacy/')
    expect(doc.querySelector('main h1')!.textContent).toBe('Privacy')
    const headings = [...doc.querySelectorAll('main h2')].map((h) => h.textContent.trim())
    expect(headings).toEqual(['Wat bewaren we?', 'Waarom?', 'Wie ziet je gegevens?', 'Hoe lang bewaren we het?', 'Je rechten', 'Contact'])
    const text = doc.querySelector('main')!.textContent
    for (const topic of ['aanvraag', 'account', 'nieuwsbrief', 'toestemming', 'verwijderen', 'Autoriteit Persoonsgegevens']) expect(text).toContain(topic)
    const { email, phone } = snapshot.wijk.contact
    expect(doc.querySelector(`main a[href^="mailto:${email}"]`)).not.toBeNull()
    expect(text).toContain(phone!)
  })

  it('is in the sitemap and linked from every page that has the site footer', () => {
    expect(sitemapPaths()).toContain('/privacy/')
    const withFooter = allPages()
      .map((p) => ({ p, doc: builtPage(p) }))
      .filter(({ doc }) => doc.querySelector('body > footer'))
    expect(withFooter.length).toBeGreaterThan(10)
    expect(withFooter.filter(({ doc }) => !doc.querySelector('body > footer a[href="/privacy/"]')).map(({ p }) => p)).toEqual([])
  })
})
