import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import { EVENT_CATEGORIES } from '@wijk/shared/eventCategories'

import { page as builtPage, readBuilt, snapshot } from './helpers/builtSite'
import { feedOccurrences, feedWindow } from './helpers/screenExpectations'

/* Screen mode (/scherm/) as built: its feed against the snapshot, its page and its help page for editors. */

const organisationNames = new Map(snapshot.organisations.map((o) => [o.slug, o.name]))

describe('the screen feed /scherm/agenda.json', () => {
  const feed = JSON.parse(readBuilt('/scherm/agenda.json')) as {
    format: number
    generatedAt: string
    organisations: Record<string, string>
    activities: Record<string, unknown>[]
  }

  it('has every occurrence of the coming 15 days, expanded from the snapshot, in date order', () => {
    const expected = feedOccurrences.map(({ event, start, end }) => ({
      title: event.title,
      start,
      end,
      place: event.place?.name ?? (event.organisation ? organisationNames.get(event.organisation)! : null),
      category: event.category,
      organisation: event.organisation,
      url: `/agenda/${event.slug}/`,
      cancelled: event.status === 'cancelled',
    }))
    expect(expected.length).toBeGreaterThan(20)
    expect(feed.activities).toEqual(expected)
    expect(feed.activities.every((a) => Date.parse(a.start as string) < feedWindow.to.getTime())).toBe(true)
    expect(feed.activities.map((a) => Date.parse(a.start as string))).toEqual(feed.activities.map((a) => Date.parse(a.start as string)).sort((a, b) => a - b))
  })

  it('carries only what a screen shows: start and end with their offset, and the wijk’s organisation names', () => {
    expect(feed.format).toBe(1)
    for (const activity of feed.activities) {
      expect(Object.keys(activity).sort()).toEqual(['cancelled', 'category', 'end', 'organisation', 'place', 'start', 'title', 'url'])
      expect(activity.start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/)
    }
    expect(feed.organisations).toEqual(Object.fromEntries(snapshot.organisations.map((o) => [o.slug, o.name])))
  })
})

describe('the screen page as built', () => {
  const doc = builtPage('/scherm/')

  it('is kept out of search engines and the sitemap; its help page is in it', () => {
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex')
    const parser = new XMLParser()
    const index = parser.parse(readBuilt('/sitemap-index.xml'))
    const files = [index.sitemapindex.sitemap].flat().map((s: { loc: string }) => new URL(s.loc).pathname)
    const listed = files.flatMap((file) => [parser.parse(readBuilt(file)).urlset.url].flat().map((u: { loc: string }) => new URL(u.loc).pathname))
    expect(listed).not.toContain('/scherm/')
    expect(listed).toContain('/agenda-op-een-scherm/')
  })

  it('tells editors the address of a screen for every category and for each organisation with activities', () => {
    const help = builtPage('/agenda-op-een-scherm/')
    const hrefs = help.querySelectorAll('main a').map((a) => a.getAttribute('href'))
    for (const category of EVENT_CATEGORIES) expect(hrefs).toContain(`/scherm/?categorie=${category}`)
    const hosts = new Set(snapshot.events.map((e) => e.organisation).filter((slug) => slug !== null))
    for (const slug of hosts) expect(hrefs).toContain(`/scherm/?organisatie=${slug}`)
    expect(
      builtPage('/over-deze-site/')
        .querySelectorAll('main a')
        .map((a) => a.getAttribute('href')),
    ).toContain('/agenda-op-een-scherm/')
  })
})
