import type { HTMLElement } from 'node-html-parser'

import { describe, expect, it } from 'vitest'

import { expandOccurrences } from '@wijk/shared/recurrence'
import { addAmsterdamDays, amsterdamDateKey, startOfAmsterdamDay } from '@wijk/shared/time'

import { HOME_AGENDA_LIMIT, HOME_ARTICLE_COUNT, HOME_POST_COUNT } from '../src/lib/home'
import { exists, ofType, page, readBuilt, snapshot } from './helpers/builtSite'

// The build pins "now" with WIJK_NOW when set; otherwise it ran seconds before these tests.
const now = process.env.WIJK_NOW ? new Date(process.env.WIJK_NOW) : new Date()
const today = startOfAmsterdamDay(now)
const { wijk } = snapshot
const site = wijk.siteUrl
const KIND_LABELS = { vraag: 'Vraag', aanbod: 'Aanbod' } as const

/** Occurrences starting on the days [fromDay, toDay) after today, in time order, as "slug start". */
const occurrencesBetween = (fromDay: number, toDay: number) =>
  snapshot.events
    .flatMap((e) => expandOccurrences(e, { from: addAmsterdamDays(today, fromDay), to: addAmsterdamDays(today, toDay) }).map((o) => ({ e, start: o.start })))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.e.title.localeCompare(b.e.title, 'nl'))
    .map(({ e, start }) => `${e.slug} ${start}`)

/** The listed activities of a home agenda block, as "slug start". */
const listed = (section: HTMLElement) =>
  section.querySelectorAll('li').map((li) => {
    const slug = /^\/agenda\/([^/]+)\/$/.exec(li.querySelector('a')!.getAttribute('href')!)![1]
    return `${slug} ${li.querySelector('time')!.getAttribute('datetime')}`
  })

describe('home page', () => {
  const doc = page('/')
  const section = (id: string) => doc.querySelector(`section[aria-labelledby="${id}"]`)!

  it('is Dutch, named after the wijk, with a canonical URL on its domain', () => {
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('nl')
    expect(doc.querySelector('title')?.textContent).toContain(wijk.name)
    expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(site)
    expect(doc.querySelectorAll('h1').map((h) => h.text.trim())).toEqual([`Welkom in ${wijk.name}`])
  })

  it('lists today’s first occurrences in time order under "Vandaag", dated today', () => {
    const expected = occurrencesBetween(0, 1)
    expect(expected.length).toBeGreaterThan(0)
    const vandaag = section('vandaag')
    expect(vandaag.querySelector('h2')?.text.trim()).toBe('Vandaag')
    expect(vandaag.querySelector('h2 + p time')?.getAttribute('datetime')).toBe(amsterdamDateKey(today))
    expect(listed(vandaag)).toEqual(expected.slice(0, HOME_AGENDA_LIMIT))
  })

  it('lists the coming six days under "Deze week", each under its own day heading', () => {
    const expected = occurrencesBetween(1, 7)
    expect(expected.length).toBeGreaterThan(0)
    const week = section('deze-week')
    expect(listed(week)).toEqual(expected.slice(0, HOME_AGENDA_LIMIT))
    const days = week.querySelectorAll('h3 time').map((t) => t.getAttribute('datetime')!)
    expect(days.length).toBeGreaterThan(0)
    expect(days[0]! > amsterdamDateKey(today)).toBe(true)
    for (const day of days) {
      const list = week.querySelector(`h3 time[datetime="${day}"]`)!.parentNode!.nextElementSibling!
      const starts = list.querySelectorAll('li > time').map((t) => amsterdamDateKey(new Date(t.getAttribute('datetime')!)))
      expect(new Set(starts), day).toEqual(new Set([day]))
    }
  })

  it('says how many more activities there are this week and links the whole agenda', () => {
    const more = occurrencesBetween(0, 1).length + occurrencesBetween(1, 7).length - listed(section('vandaag')).length - listed(section('deze-week')).length
    const text = doc.querySelector('main')!.text.replace(/\s+/g, ' ')
    if (more === 0) expect(text).not.toMatch(/Deze week (is|zijn) er nog/)
    else expect(text).toContain(more === 1 ? 'Deze week is er nog 1 andere activiteit.' : `Deze week zijn er nog ${more} andere activiteiten.`)
    expect(doc.querySelectorAll('main a[href="/agenda/"]').map((a) => a.text.trim())).toContain('Bekijk de hele agenda')
  })

  it(`shows the ${HOME_ARTICLE_COUNT} newest buurtkrant articles, newest first`, () => {
    const newest = [...snapshot.articles].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    expect(newest.length).toBeGreaterThan(HOME_ARTICLE_COUNT)
    const links = doc.querySelectorAll('[data-home="buurtkrant"] h3 a').map((a) => a.getAttribute('href'))
    expect(links).toEqual(newest.slice(0, HOME_ARTICLE_COUNT).map((a) => `/buurtkrant/${a.slug}/`))
    expect(section('buurtkrant').querySelector('a[href="/buurtkrant/"]')).not.toBeNull()
  })

  it('links every theme to its page, with its number of organisations', () => {
    const links = section('themas').querySelectorAll('ul a')
    expect(links.map((a) => a.getAttribute('href')).sort()).toEqual(snapshot.themes.map((t) => `/themas/${t.slug}/`).sort())
    for (const theme of snapshot.themes) {
      const link = links.find((a) => a.getAttribute('href') === `/themas/${theme.slug}/`)!
      const count = snapshot.organisations.filter((o) => o.themes.includes(theme.slug)).length
      expect(link.text).toContain(theme.name)
      if (count > 0) expect(link.text.replace(/\s+/g, ' ')).toContain(count === 1 ? '1 organisatie' : `${count} organisaties`)
      expect(exists(`/themas/${theme.slug}/`), theme.slug).toBe(true)
    }
  })

  it(`shows the ${HOME_POST_COUNT} newest prikbord posts with their kind and a way to react`, () => {
    const current = snapshot.posts
      .filter((p) => Date.parse(p.expiresAt) >= now.getTime())
      .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.title.localeCompare(b.title, 'nl'))
      .slice(0, HOME_POST_COUNT)
    expect(current.length).toBeGreaterThan(0)
    const cards = section('prikbord').querySelectorAll('article')
    expect(cards.map((c) => c.querySelector('h3')?.text.trim())).toEqual(current.map((p) => p.title))
    cards.forEach((card, i) => {
      expect(card.getAttribute('data-post-kind')).toBe(current[i]!.kind)
      expect(card.querySelector('p')?.text.trim()).toBe(KIND_LABELS[current[i]!.kind])
      if (wijk.contact.email) expect(card.querySelector('[data-post-reply] a')?.getAttribute('href')).toMatch(new RegExp(`^mailto:${wijk.contact.email}\\?`))
    })
    expect(section('prikbord').querySelector('a[href="/prikbord/"]')).not.toBeNull()
  })

  it('describes the site and the wijk organisation as WebSite and Organization JSON-LD', () => {
    const [website] = ofType(doc, 'WebSite')
    expect(website).toMatchObject({ name: wijk.name, url: site, inLanguage: 'nl-NL' })
    expect(website!.potentialAction).toMatchObject({ '@type': 'SearchAction', target: `${new URL('/zoeken/', site)}?q={search_term_string}` })
    const [organisation] = ofType(doc, 'Organization')
    expect(organisation).toMatchObject({ name: wijk.name, url: site })
    if (wijk.contact.email) expect(organisation!.email).toBe(wijk.contact.email)
    if (wijk.contact.phone) expect(organisation!.telephone).toBe(wijk.contact.phone)
    if (wijk.contact.address) expect(organisation!.address).toMatchObject({ postalCode: wijk.contact.address.postcode, addressCountry: 'NL' })
    if (wijk.logo) expect(organisation!.logo).toMatch(/^https?:\/\//)
  })

  it('sets the wijk’s own colours as CSS variables in the head, which the stylesheet uses', () => {
    const style = doc
      .querySelectorAll('head style')
      .map((s) => s.text)
      .join('')
    expect(style).toContain(`--wijk-primary:${wijk.colors.primary}`)
    expect(style).toContain(`--wijk-accent:${wijk.colors.accent}`)
    expect(doc.querySelector('meta[name="theme-color"]')?.getAttribute('content')).toBe(wijk.colors.primary)
    const css = doc
      .querySelectorAll('head link[rel=stylesheet]')
      .map((l) => readBuilt(l.getAttribute('href')!))
      .join('')
    expect(css).toContain('var(--wijk-primary)')
    expect(css).toContain('var(--wijk-accent)')
  })
})
