/**
 * The newsletter signup on the built demo wijk: the compact form in every page's footer and the full
 * form on /nieuwsbrief/ post to the CMS's /api/nieuwsbrief with the wijk, the page, a honeypot and a
 * required consent; /nieuwsbrief/bedankt/ is noindex and not in the sitemap.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import { mediaUrl, page, siteDir } from './helpers/builtSite'

const action = `${mediaUrl.replace(/\/$/, '')}/api/nieuwsbrief`
const formsOf = (urlPath: string) => page(urlPath).querySelectorAll(`form[action="${action}"]`)
const hidden = (form: ReturnType<typeof formsOf>[number]) =>
  Object.fromEntries(form.querySelectorAll('input[type=hidden]').map((input) => [input.getAttribute('name'), input.getAttribute('value')]))

describe('the newsletter forms', () => {
  it('are in the footer of the home and agenda pages, compact, with the wijk, the page, a honeypot and required consent', () => {
    for (const urlPath of ['/', '/agenda/']) {
      const [form] = formsOf(urlPath)
      expect(form, urlPath).toBeDefined()
      expect(form!.closest('footer')).not.toBeNull()
      expect(hidden(form!)).toEqual({ wijk: 'delfshaven', source: urlPath })
      expect(form!.querySelector('input[name=website]')!.getAttribute('tabindex')).toBe('-1')
      expect(form!.querySelector('input[name=email]')!.hasAttribute('required')).toBe(true)
      expect(form!.querySelector('input[name=consent]')!.hasAttribute('required')).toBe(true)
      expect(form!.querySelector('a[href="/privacy/"]')).not.toBeNull()
      expect(form!.querySelector('input[name=agenda]')).toBeNull()
    }
  })

  it('on /nieuwsbrief/ offers the interests as checkboxes the CMS reads, every field labelled', () => {
    const form = formsOf('/nieuwsbrief/').find((candidate) => candidate.closest('main'))!
    expect(form.querySelectorAll('input[type=checkbox]:not([name=consent])').map((box) => box.getAttribute('name'))).toEqual([
      'agenda',
      'buurtkrant',
      'vrijwilligerswerk',
    ])
    for (const id of ['nieuwsbrief-pagina-email', 'nieuwsbrief-pagina-naam', 'nieuwsbrief-pagina-toestemming']) {
      expect(form.querySelector(`label[for=${id}]`), id).not.toBeNull()
    }
    expect(hidden(form).source).toBe('/nieuwsbrief/')
  })

  it('thank-you page asks to confirm in the mail, is noindex and not in the sitemap', () => {
    const doc = page('/nieuwsbrief/bedankt/')
    expect(doc.querySelector('main')!.textContent).toContain('Kijk in je mail en bevestig')
    expect(doc.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex')
    const parser = new XMLParser()
    const sitemaps = [parser.parse(readFileSync(path.join(siteDir, 'sitemap-index.xml'), 'utf8')).sitemapindex.sitemap].flat()
    const listed = sitemaps.flatMap((s: { loc: string }) =>
      [parser.parse(readFileSync(path.join(siteDir, new URL(s.loc).pathname), 'utf8')).urlset.url].flat().map((u: { loc: string }) => new URL(u.loc).pathname),
    )
    expect(listed).toContain('/nieuwsbrief/')
    expect(listed).not.toContain('/nieuwsbrief/bedankt/')
  })
})
