import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import { allPages, page as builtPage, siteDir, snapshot } from './helpers/builtSite'
import { searchRecords } from './helpers/searchRecords'

/*
 * What the build ships for accessibility, read from the files: the toegankelijkheidsverklaring
 * (/toegankelijkheid/) and where it is linked, the reading toolbar's inline script allowed by its CSP
 * hash, and the toolbar kept out of the search index.
 */

describe('the built site', () => {
  it("has a toegankelijkheidsverklaring with the wijk's own contact, in the sitemap and linked from every page's footer", () => {
    const doc = builtPage('/toegankelijkheid/')
    expect(doc.querySelector('main h1')!.textContent.replace(/\u00ad/g, '')).toBe('Toegankelijkheid')
    const text = doc.querySelector('main')!.textContent
    expect(text).toContain('WCAG')
    const { email, phone, address } = snapshot.wijk.contact
    expect(email && phone && address).toBeTruthy()
    expect(doc.querySelector(`main a[href^="mailto:${email}"]`)).not.toBeNull()
    expect(text).toContain(phone!)
    expect(text).toContain(`${address!.street} ${address!.houseNumber}`)

    const parser = new XMLParser()
    const index = parser.parse(readFileSync(path.join(siteDir, 'sitemap-index.xml'), 'utf8'))
    const locs = [index.sitemapindex.sitemap]
      .flat()
      .flatMap((s: { loc: string }) =>
        [parser.parse(readFileSync(path.join(siteDir, new URL(s.loc).pathname), 'utf8')).urlset.url]
          .flat()
          .map((u: { loc: string }) => new URL(u.loc).pathname),
      )
    expect(locs).toContain('/toegankelijkheid/')

    // Kiosk and print views have no site footer at all; every page that has one links here.
    const withFooter = allPages()
      .map((p) => ({ p, doc: builtPage(p) }))
      .filter(({ doc }) => doc.querySelector('body > footer'))
    expect(withFooter.length).toBeGreaterThan(snapshot.organisations.length + snapshot.events.length)
    expect(withFooter.filter(({ doc }) => !doc.querySelector('body > footer a[href="/toegankelijkheid/"]')).map(({ p }) => p)).toEqual([])
  })

  it('allows every inline script of every page by its hash in the CSP, and no other', () => {
    const csp = readFileSync(path.join(siteDir, '_headers'), 'utf8').match(/Content-Security-Policy: (.*)/)![1]!
    const scriptSrc = csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('script-src '))!
    const hashes = new Set<string>()
    for (const p of allPages()) {
      for (const script of builtPage(p).querySelectorAll('script:not([src])')) {
        const type = script.getAttribute('type')
        if (type && type !== 'module' && type !== 'text/javascript') continue
        hashes.add(`'sha256-${createHash('sha256').update(script.textContent).digest('base64')}'`)
      }
    }
    expect(hashes.size).toBe(1)
    for (const hash of hashes) expect(scriptSrc.split(' ')).toContain(hash)
    expect(scriptSrc).not.toContain('unsafe-inline')
  })

  it('leaves the toolbar out of the search index', () => {
    const records = searchRecords(siteDir)
    expect(records.length).toBeGreaterThan(0)
    expect(records.filter((r) => r.content.includes('Grotere letters') || r.content.includes('Lees voor'))).toEqual([])
  })
})
