import { type HTMLElement, parse } from 'node-html-parser'
import { describe, expect, it } from 'vitest'

import { expandOccurrences } from '@wijk/shared/recurrence'
import type { ImageRef, SnapshotEvent, SnapshotOrganisation } from '@wijk/shared/snapshot'
import { addAmsterdamDays, startOfAmsterdamDay } from '@wijk/shared/time'

import { sanitizeEventHtml } from '../src/lib/eventHtml'
import { allPages, jsonLd, ofType, page, snapshot } from './helpers/builtSite'

// The build pins "now" with WIJK_NOW when set; otherwise it ran seconds before these tests.
const now = process.env.WIJK_NOW ? new Date(process.env.WIJK_NOW) : new Date()
const window = { from: startOfAmsterdamDay(now), to: addAmsterdamDays(startOfAmsterdamDay(now), 56) }
const site = snapshot.wijk.siteUrl
const orgs = snapshot.organisations
const themeName = new Map(snapshot.themes.map((t) => [t.slug, t.name]))
const ORG_TYPES = ['Organization', 'NGO', 'LocalBusiness']

const orgPath = (slug: string) => `/organisaties/${slug}/`
const absolute = (path: string) => new URL(path, site).toString()
const dutchSorted = (names: string[]) => [...names].sort((a, b) => a.localeCompare(b, 'nl'))
const hrefs = (els: HTMLElement[]) => els.map((a) => a.getAttribute('href')!)
/** Links of the organisation cards (their title links) inside an element. */
const cardLinks = (el: HTMLElement | null) => hrefs(el?.querySelectorAll('article h2 a, article h3 a') ?? [])
const section = (doc: HTMLElement, id: string) => doc.querySelector(`section[aria-labelledby="${id}"]`)
/** The letter the A–Z list files a name under: accents dropped, non-letters under "Overig". */
const letterOf = (name: string) => {
  const first = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .charAt(0)
    .toUpperCase()
  return /^[A-Z]$/.test(first) ? first : 'Overig'
}

/** Occurrences in the agenda window, soonest first (ties by title), as the pages list them. */
const upcoming = (events: SnapshotEvent[]) =>
  events
    .flatMap((event) => expandOccurrences(event, window).map((o) => ({ slug: event.slug, title: event.title, start: o.start })))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.title.localeCompare(b.title, 'nl'))
const firstPerEvent = (items: ReturnType<typeof upcoming>) => items.filter((item, i) => items.findIndex((o) => o.slug === item.slug) === i)
const upcomingLinks = (el: HTMLElement | null) =>
  (el?.querySelectorAll('li') ?? []).map((li) => [li.querySelector('a')?.getAttribute('href'), li.querySelector('time')?.getAttribute('datetime')])

describe('organisations A–Z', () => {
  const doc = page('/organisaties/')
  const letterSections = doc.querySelectorAll('main section').filter((s) => s.getAttribute('aria-labelledby')?.startsWith('letter-'))

  it('lists every organisation exactly once, sorted Dutch-alphabetically, each linking its page', () => {
    const links = letterSections.flatMap(cardLinks)
    const expected = dutchSorted(orgs.map((o) => o.name)).map((name) => orgPath(orgs.find((o) => o.name === name)!.slug))
    expect(links).toEqual(expected)
    expect(new Set(links).size).toBe(orgs.length)
    const names = letterSections.flatMap((s) => s.querySelectorAll('article h3 a').map((a) => a.textContent.trim()))
    expect(names).toEqual(dutchSorted(orgs.map((o) => o.name)))
  })

  it('files each organisation under its own letter, and every letter link points at a heading on the page', () => {
    const nav = doc.querySelector('nav#letters')!
    const targets = hrefs(nav.querySelectorAll('a'))
    expect(targets.length).toBe(letterSections.length)
    for (const href of targets) expect(doc.querySelector(`[id="${href.slice(1)}"]`), href).not.toBeNull()
    for (const s of letterSections) {
      const letter = doc.querySelector(`[id="${s.getAttribute('aria-labelledby')}"]`)!.textContent.trim()
      const names = s.querySelectorAll('article h3 a').map((a) => a.textContent.trim())
      expect(
        names.every((name) => letterOf(name) === letter),
        letter,
      ).toBe(true)
    }
    expect(new Set(letterSections.map((s) => s.getAttribute('aria-labelledby'))).size).toBe(letterSections.length)
  })

  it('shows each organisation’s kind and its themes on its card', () => {
    for (const org of orgs) {
      const card = doc.querySelector(`article:has(a[href="${orgPath(org.slug)}"])`)!
      expect(card.textContent).toContain(org.kind === 'initiatief' ? 'Bewonersinitiatief' : 'Organisatie')
      const chips = card.querySelectorAll('ul[aria-label] li').map((li) => li.textContent.trim())
      expect(chips, org.slug).toEqual(org.themes.map((t) => themeName.get(t)))
    }
  })

  it('states how many there are in proper sentences, and links the themes', () => {
    const intro = doc.querySelector('main h1 + p')!.textContent.replace(/\s+/g, ' ').trim()
    expect(intro).toContain(`In ${snapshot.wijk.name} zijn ${orgs.length} organisaties en bewonersinitiatieven actief.`)
    if (orgs.some((o) => o.kind === 'initiatief')) expect(intro).toContain('actief. Een bewonersinitiatief is')
    const themeLinks = hrefs(section(doc, 'per-thema')!.querySelectorAll('a'))
    expect(themeLinks).toEqual(expect.arrayContaining(snapshot.themes.map((t) => `/themas/${t.slug}/`)))
  })

  it('has Home › Organisaties breadcrumbs and is not in the site search', () => {
    const crumbs = ofType(doc, 'BreadcrumbList')[0]?.itemListElement as { name: string; item: string }[]
    expect(crumbs.map((c) => [c.name, c.item])).toEqual([
      ['Home', site],
      ['Organisaties', absolute('/organisaties/')],
    ])
    expect(doc.querySelector('[data-pagefind-body]')).toBeNull()
  })

  it('builds a page for every organisation and no others', () => {
    const built = allPages().filter((p) => /^\/organisaties\/[^/]+\/$/.test(p))
    expect(built.sort()).toEqual(orgs.map((o) => orgPath(o.slug)).sort())
  })
})

describe('themes', () => {
  const withOrgs = snapshot.themes.filter((t) => orgs.some((o) => o.themes.includes(t.slug)))

  it('the index links every theme that has organisations, with the right count', () => {
    const doc = page('/themas/')
    expect(withOrgs.length).toBeGreaterThan(0)
    for (const theme of withOrgs) {
      const card = doc.querySelector(`main li:has(a[href="/themas/${theme.slug}/"])`)
      expect(card, theme.slug).not.toBeNull()
      expect(card!.querySelector('[data-count]')?.getAttribute('data-count')).toBe(String(orgs.filter((o) => o.themes.includes(theme.slug)).length))
    }
    expect(doc.querySelectorAll('h1').map((h) => h.textContent.trim())).toEqual(["Thema's"])
  })

  it.each(snapshot.themes.map((t) => [t.slug, t] as const))('%s lists exactly its organisations and its next activities', (slug, theme) => {
    const doc = page(`/themas/${slug}/`)
    expect(doc.querySelector('h1')?.textContent.trim()).toBe(theme.name)
    const expected = dutchSorted(orgs.filter((o) => o.themes.includes(slug)).map((o) => o.name))
    const listed = section(doc, 'organisaties')!.querySelectorAll('article h3 a')
    expect(listed.map((a) => a.textContent.trim())).toEqual(expected)
    expect(hrefs(listed)).toEqual(expected.map((name) => orgPath(orgs.find((o) => o.name === name)!.slug)))
    const next = firstPerEvent(upcoming(snapshot.events.filter((e) => e.themes.includes(slug)))).slice(0, 8)
    expect(upcomingLinks(section(doc, 'binnenkort')!.querySelector('ul'))).toEqual(next.map((o) => [`/agenda/${o.slug}/`, o.start]))
    const crumbs = ofType(doc, 'BreadcrumbList')[0]?.itemListElement as { name: string }[]
    expect(crumbs.map((c) => c.name)).toEqual(['Home', "Thema's", theme.name])
  })
})

/** Sources by displayed width: AVIF and WebP for large images, WebP only up to 320 px (see ContentImage). */
const expectedSourceTypes = (width: number) => (width <= 320 ? ['image/webp'] : ['image/avif', 'image/webp'])

/** The picture around an image: its sources, and a WebP img with size and alt text. */
const expectPicture = (img: HTMLElement, image: ImageRef, alt: string) => {
  const picture = img.parentNode!
  expect(picture.tagName).toBe('PICTURE')
  const [width, height] = ['width', 'height'].map((a) => Number(img.getAttribute(a)))
  expect(picture.querySelectorAll('source').map((s) => s.getAttribute('type'))).toEqual(expectedSourceTypes(width!))
  expect(width).toBeGreaterThan(0)
  expect(Math.abs(height! - (width! * image.height) / image.width)).toBeLessThanOrEqual(1)
  expect(img.getAttribute('alt')).toBe(alt)
  expect(img.getAttribute('src')).toMatch(/^\/_astro\/.+\.webp$/)
}

const expectedContactLinks = ({ contact }: SnapshotOrganisation) =>
  [
    contact.phone && `tel:${contact.phone.replace(/[^+0-9]/g, '')}`,
    contact.whatsapp && expect.stringMatching(/^https:\/\/wa\.me\/\d{8,}$/),
    contact.email && `mailto:${contact.email}`,
    contact.website,
  ].filter(Boolean)

describe.each(orgs.map((o) => [o.slug, o] as const))('organisation page %s', (slug, org) => {
  const doc = page(orgPath(slug))
  const main = doc.querySelector('main')!

  it('shows name, logo, contact person, contact links, address and opening hours', () => {
    expect(doc.querySelectorAll('h1').map((h) => h.textContent.trim())).toEqual([org.name])
    const logo = main.querySelector('header picture img')
    // The logo sits next to the name, so it is decorative.
    if (org.logo) expectPicture(logo!, org.logo, '')
    else expect(logo).toBeNull()
    const person = section(doc, 'contactpersoon')!
    if (org.contactPerson) {
      expect(person.textContent).toContain(org.contactPerson.name)
      const photo = person.querySelector('picture img')
      if (org.contactPerson.photo) expectPicture(photo!, org.contactPerson.photo, org.contactPerson.photo.alt)
      else expect(photo).toBeNull()
    }
    expect(hrefs(person.querySelectorAll('ul a'))).toEqual(expectedContactLinks(org))
    const visit = section(doc, 'langskomen')?.textContent.replace(/\s+/g, ' ') ?? ''
    if (org.address) expect(visit).toContain(`${org.address.street} ${org.address.houseNumber}`)
    if (org.address) expect(visit).toContain(`${org.address.postcode} ${org.address.city}`)
    const hours =
      section(doc, 'langskomen')
        ?.querySelectorAll('dd')
        .map((dd) => dd.textContent.trim()) ?? []
    expect(hours).toEqual(org.openingHours.map((row) => row.hours))
  })

  it('shows the offer and a safe description, and links its themes', () => {
    const offers =
      section(doc, 'aanbod')
        ?.querySelectorAll('li')
        .map((li) => li.textContent.replace('✓', '').trim()) ?? []
    expect(offers).toEqual(org.offers)
    const body = section(doc, 'over')?.querySelector('div')
    const safe = parse(sanitizeEventHtml(org.descriptionHtml))
    expect(body?.textContent.trim() ?? '').toBe(safe.textContent.trim())
    for (const el of body?.querySelectorAll('*') ?? []) {
      expect(['h1', 'h2', 'script', 'style', 'img', 'iframe']).not.toContain(el.rawTagName)
      expect(Object.keys(el.attributes).every((a) => a === 'href' || a === 'rel')).toBe(true)
    }
    expect(hrefs(section(doc, 'themas')?.querySelectorAll('a') ?? [])).toEqual(org.themes.map((t) => `/themas/${t}/`))
  })

  it('links its upcoming activities to their agenda pages', () => {
    const expected = upcoming(snapshot.events.filter((e) => e.organisation === slug)).slice(0, 6)
    expect(upcomingLinks(section(doc, 'binnenkort')!.querySelector('ul'))).toEqual(expected.map((o) => [`/agenda/${o.slug}/`, o.start]))
    if (expected.length === 0) expect(section(doc, 'binnenkort')!.textContent).toContain('geen activiteiten')
  })

  it('has Organization and BreadcrumbList JSON-LD', () => {
    const items = jsonLd(doc).filter((d) => ORG_TYPES.includes(d['@type'] as string))
    expect(items).toHaveLength(1)
    const url = absolute(orgPath(slug))
    expect(url.startsWith(site)).toBe(true)
    expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(url)
    const { address, contact, logo } = org
    expect(items[0]).toMatchObject({ '@context': 'https://schema.org', name: org.name, url })
    if (address) {
      expect(items[0]!.address).toMatchObject({
        '@type': 'PostalAddress',
        streetAddress: `${address.street} ${address.houseNumber}`,
        postalCode: address.postcode,
        addressLocality: address.city,
      })
    }
    expect(items[0]!.telephone).toBe(contact.phone ?? undefined)
    expect(items[0]!.email).toBe(contact.email ?? undefined)
    expect(items[0]!.logo).toBe(logo?.url)
    if (contact.website) expect(items[0]!.sameAs).toEqual([contact.website])
    const crumbs = ofType(doc, 'BreadcrumbList')[0]?.itemListElement as { name: string; item: string }[]
    expect(crumbs.map((c) => [c.name, c.item])).toEqual([
      ['Home', site],
      ['Organisaties', absolute('/organisaties/')],
      [org.name, url],
    ])
  })

  it('is in the site search as an organisation, filterable by its themes', () => {
    expect(main.hasAttribute('data-pagefind-body')).toBe(true)
    expect(main.querySelectorAll('[data-pagefind-filter="soort"]').map((s) => s.textContent)).toEqual(['organisatie'])
    expect(main.querySelectorAll('[data-pagefind-filter="thema"]').map((s) => s.textContent)).toEqual(org.themes.map((t) => themeName.get(t)))
  })

  it('loads the first image eagerly and images below the top block lazily, all as optimised pictures', () => {
    const images = main.querySelectorAll('img')
    for (const img of images) {
      expect(img.parentNode?.tagName).toBe('PICTURE')
      for (const attribute of ['width', 'height', 'alt']) expect(img.hasAttribute(attribute), attribute).toBe(true)
      // The logo and the contact person's photo are at the top on every screen width; the rest is below the fold.
      const atTop = img.closest('header') ?? img.closest('section[aria-labelledby="contactpersoon"]')
      if (!atTop) expect(img.getAttribute('loading')).toBe('lazy')
    }
    if (images[0]) expect(images[0].getAttribute('loading')).toBe('eager')
  })
})
