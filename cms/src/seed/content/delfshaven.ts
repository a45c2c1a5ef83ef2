/**
 * Demo content for Delfshaven (Rotterdam). Everything is identical on every
 * run except event dates, which are relative to the anchor Monday so the demo
 * always has upcoming (and a few just-past) activities.
 */
import { mondayOf } from './calendar'
import { DELFSHAVEN_ONE_OFFS, DELFSHAVEN_RECURRING } from './delfshavenActivities'
import { DELFSHAVEN_ARTICLES } from './delfshavenArticles'
import { DELFSHAVEN_MEALS } from './delfshavenMeals'
import { DELFSHAVEN_ORGS } from './delfshavenOrgs'
import { DELFSHAVEN_BOX, DELFSHAVEN_STREET_MAP } from './delfshavenPlaces'
import { DELFSHAVEN_POSTS } from './delfshavenPosts'
import { buildEvent } from './events'
import { buildOrganisation } from './organisations'
import { THEMES } from './themes'
import type { SeedAnchor, SeedWijk } from './types'

export function delfshaven(anchor: SeedAnchor): SeedWijk {
  const monday = mondayOf(anchor)
  const setting = { wijk: 'Delfshaven', city: 'Rotterdam', areaCode: '010', streets: DELFSHAVEN_STREET_MAP, box: DELFSHAVEN_BOX }
  const organisations = DELFSHAVEN_ORGS.map((entry) => buildOrganisation(entry, setting))
  const addresses = new Map(organisations.map((o) => [o.key, o.address]))
  const events = [...DELFSHAVEN_MEALS, ...DELFSHAVEN_RECURRING, ...DELFSHAVEN_ONE_OFFS].map((spec) => buildEvent(spec, monday, (key) => addresses.get(key)))

  return {
    slug: 'delfshaven',
    name: 'Delfshaven',
    domain: 'delfshaven.localhost',
    tagline: 'Wat er te doen is in Delfshaven, voor en door buren',
    city: 'Rotterdam',
    // Deep terracotta (5.9:1 against white text) with a warm marigold accent.
    colors: { primary: '#A13F22', accent: '#F2B134' },
    contact: {
      email: 'redactie@delfshaven.wijkdemo.nl',
      phone: '010-4770200',
      address: { street: 'Schiedamseweg', houseNumber: '96', postcode: '3025 AG', city: 'Rotterdam' },
    },
    themes: THEMES.map((t) => ({ ...t })),
    organisations,
    events,
    articles: DELFSHAVEN_ARTICLES.map((a) => ({ ...a, body: [...a.body] })),
    posts: DELFSHAVEN_POSTS.map((p) => ({ ...p })),
  }
}
