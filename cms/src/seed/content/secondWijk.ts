/**
 * A small second wijk (Kanaleneiland, Utrecht) for tenant-isolation demos and
 * tests. Every organisation name, event title, article title and post title
 * contains "Kanaleneiland", so a test can prove none of it leaks elsewhere.
 */
import { mondayOf } from './calendar'
import { buildEvent, type EventSpec } from './events'
import { buildOrganisation, type OrgEntry } from './organisations'
import type { Box, Street } from './places'
import { themesBySlug } from './themes'
import type { SeedAnchor, SeedArticle, SeedPost, SeedWijk } from './types'

const KANALENEILAND_MARKER = 'Kanaleneiland'
const BOX: Box = { minLat: 52.06, maxLat: 52.085, minLng: 5.085, maxLng: 5.115 }
const NOORD = 'Kanaleneiland-Noord'
const ZUID = 'Kanaleneiland-Zuid'

const STREETS = new Map<string, Street>(
  [
    { name: 'Churchilllaan', area: ZUID, postcode: 3527, lat: 52.0735, lng: 5.0985 },
    { name: 'Columbuslaan', area: NOORD, postcode: 3526, lat: 52.0775, lng: 5.0965 },
    { name: 'Bernadottelaan', area: ZUID, postcode: 3527, lat: 52.07, lng: 5.103 },
    { name: 'Marshalllaan', area: ZUID, postcode: 3527, lat: 52.071, lng: 5.097 },
    { name: 'Trumanlaan', area: ZUID, postcode: 3527, lat: 52.0695, lng: 5.0995 },
    { name: 'Europalaan', area: NOORD, postcode: 3526, lat: 52.0765, lng: 5.1045 },
  ].map((s) => [s.name, s]),
)

const ORGS: OrgEntry[] = [
  {
    key: 'kanaleneiland-het-plein',
    name: 'Buurthuis Kanaleneiland Het Plein',
    profile: 'buurthuis',
    street: 'Churchilllaan',
    themes: ['ontmoeting'],
    summary: 'Het buurthuis van Kanaleneiland, met elke dag koffie en activiteiten.',
  },
  {
    key: 'kanaleneiland-taalcafe',
    name: 'Taalcafé Kanaleneiland',
    profile: 'taal',
    street: 'Columbuslaan',
    kind: 'initiatief',
    themes: ['taal', 'ontmoeting'],
    summary: 'Nederlands oefenen met buren in Kanaleneiland, in een ontspannen sfeer.',
  },
  {
    key: 'kanaleneiland-moestuin',
    name: 'Moestuin Kanaleneiland-Zuid',
    profile: 'groen',
    street: 'Bernadottelaan',
    themes: ['eten', 'ontmoeting'],
    summary: 'Buren uit Kanaleneiland kweken samen groente en delen de oogst.',
  },
  {
    key: 'kanaleneiland-huiswerk',
    name: 'Huiswerkclub Kanaleneiland Slim',
    profile: 'huiswerk',
    street: 'Marshalllaan',
    themes: ['taal'],
    summary: 'Kinderen uit Kanaleneiland maken na school hun huiswerk met hulp van studenten.',
  },
  {
    key: 'kanaleneiland-eettafel',
    name: 'Eettafel Kanaleneiland',
    profile: 'maaltijd',
    street: 'Trumanlaan',
    themes: ['eten', 'ontmoeting'],
    summary: 'Elke week een betaalbare maaltijd met buren uit Kanaleneiland.',
  },
  {
    key: 'kanaleneiland-de-bron',
    name: 'Vrouwencentrum Kanaleneiland De Bron',
    profile: 'ontmoeting',
    street: 'Europalaan',
    kind: 'organisatie',
    themes: ['ontmoeting', 'taal'],
    summary: 'Vrouwencentrum in Kanaleneiland met taalles, sport en een gezellige inloop.',
  },
]

const WALK_IN = 'Aanmelden niet nodig, loop gerust binnen.'
const EVENTS: EventSpec[] = [
  {
    key: 'kanaleneiland-buurtmaaltijd',
    title: 'Buurtmaaltijd Kanaleneiland',
    org: 'kanaleneiland-eettafel',
    category: 'buurtmaaltijd',
    when: { kind: 'weekly', days: ['WE'], skipWeeks: [2] },
    time: '17:30',
    minutes: 120,
    price: 350,
    priceNote: '€ 3,50, kinderen gratis',
    join: WALK_IN,
    summary: 'Elke woensdag een warme maaltijd met buren uit Kanaleneiland.',
    description: ['Vrijwilligers koken met verse groente uit de moestuin.', 'Er is altijd een vegetarische keuze.'],
  },
  {
    key: 'kanaleneiland-taalcafe-maandag',
    title: 'Taalcafé Kanaleneiland op Maandag',
    org: 'kanaleneiland-taalcafe',
    category: 'cursus',
    when: { kind: 'weekly', days: ['MO'] },
    time: '10:00',
    minutes: 120,
    price: 0,
    join: WALK_IN,
    summary: 'Elke maandagochtend Nederlands oefenen in kleine groepjes in Kanaleneiland.',
    description: ['Je praat over gewone dingen, zoals boodschappen doen en de school van je kinderen.', 'Elk niveau is welkom.'],
  },
  {
    key: 'kanaleneiland-oogstdag',
    title: 'Oogstdag Moestuin Kanaleneiland',
    org: 'kanaleneiland-moestuin',
    category: 'vrijwilligerswerk',
    themes: ['eten'],
    when: { kind: 'once', day: 12 },
    time: '10:00',
    minutes: 180,
    price: 0,
    join: 'Kom gerust langs, laarzen zijn handig.',
    summary: 'Samen oogsten in de moestuin van Kanaleneiland en daarna soep eten.',
    description: ['We oogsten wat er klaar is en maken er samen soep van.', 'Kinderen zijn van harte welkom.'],
  },
  {
    key: 'kanaleneiland-vrouwenochtend',
    title: 'Vrouwenochtend Kanaleneiland',
    org: 'kanaleneiland-de-bron',
    category: 'ontmoeting',
    when: { kind: 'weekly', days: ['TH'], interval: 2 },
    time: '09:30',
    minutes: 120,
    price: 0,
    join: WALK_IN,
    summary: 'Om de week op donderdag een ochtend voor vrouwen uit Kanaleneiland, met thee en een gast.',
    description: ['Elke keer komt er een gast die iets vertelt over gezondheid, geld of opvoeden.', 'Kinderopvang is er in de zaal ernaast.'],
  },
]

const ARTICLES: SeedArticle[] = [
  {
    key: 'kanaleneiland-artikel-moestuin',
    title: 'Groente uit eigen wijk: de moestuin van Kanaleneiland',
    authorName: 'Ayşe Demir',
    publishedDaysAgo: 4,
    lead: 'Op een stuk gras tussen de flats in Kanaleneiland groeien nu tomaten en bonen.',
    body: [
      'Twee jaar geleden was hier alleen gras. Nu werken er elke week twintig buren.',
      'De oogst gaat naar de eettafel in de Trumanlaan. Zo eten we groente uit onze eigen wijk.',
      'Iedereen mag meedoen. Kom op zaterdag langs.',
    ],
  },
  {
    key: 'kanaleneiland-artikel-taalcafe',
    title: 'Een jaar Taalcafé Kanaleneiland',
    authorName: 'Peter Jansen',
    publishedDaysAgo: 15,
    lead: 'Het taalcafé in Kanaleneiland bestaat een jaar. Vrijwilliger Peter kijkt terug.',
    body: [
      'We begonnen met vijf mensen. Nu komen er elke maandag dertig.',
      'Ik leer zelf ook veel: over Eritrea, Syrië en Marokko, en over de moed die het kost om een nieuwe taal te leren.',
      'We zoeken nog vrijwilligers die een ochtend per week tijd hebben.',
    ],
  },
]

const POSTS: SeedPost[] = [
  {
    key: 'kanaleneiland-prik-kinderwagen',
    kind: 'aanbod',
    title: 'Kinderwagen gratis af te halen in Kanaleneiland',
    authorName: 'Noura',
    body: 'Onze kinderwagen is nog goed, maar we hebben hem niet meer nodig. Af te halen bij de Europalaan.',
    createdDaysAgo: 2,
    expiresInDays: 14,
  },
  {
    key: 'kanaleneiland-prik-computerhulp',
    kind: 'vraag',
    title: 'Wie helpt mij met de computer? (Kanaleneiland)',
    authorName: 'Wim',
    body: 'Ik wil leren videobellen met mijn kleinkinderen. Wie in de buurt kan mij dat uitleggen?',
    createdDaysAgo: 1,
    expiresInDays: 21,
  },
]

export function kanaleneiland(anchor: SeedAnchor): SeedWijk {
  const monday = mondayOf(anchor)
  const setting = { wijk: KANALENEILAND_MARKER, city: 'Utrecht', areaCode: '030', streets: STREETS, box: BOX, spread: 0.002 }
  return {
    slug: 'kanaleneiland',
    name: 'Kanaleneiland',
    domain: 'kanaleneiland.localhost',
    tagline: 'Samen maken we Kanaleneiland',
    city: 'Utrecht',
    // Deep teal (6:1 against white text) with a warm yellow accent.
    colors: { primary: '#1D6B66', accent: '#F4B942' },
    contact: {
      email: 'redactie@kanaleneiland.wijkdemo.nl',
      phone: '030-2801234',
      address: { street: 'Churchilllaan', houseNumber: '11', postcode: '3527 GV', city: 'Utrecht' },
    },
    themes: themesBySlug(['ontmoeting', 'taal', 'eten']).map((t) => ({ ...t })),
    organisations: ORGS.map((entry) => buildOrganisation(entry, setting)),
    events: EVENTS.map((spec) => buildEvent(spec, monday)),
    articles: ARTICLES.map((a) => ({ ...a, body: [...a.body] })),
    posts: POSTS.map((p) => ({ ...p })),
  }
}
