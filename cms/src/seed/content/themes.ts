import type { SeedTheme } from './types'

/** Theme slugs equal slugify(name), the way the Themes collection derives them. */
export const THEMES: SeedTheme[] = [
  { slug: 'welzijn', name: 'Welzijn', description: 'Je goed voelen, steun als het even niet gaat en aandacht voor elkaar.' },
  { slug: 'beweging', name: 'Beweging', description: 'Sport, wandelen, dansen en bewegen in de buurt, voor elk niveau.' },
  { slug: 'ontmoeting', name: 'Ontmoeting', description: 'Plekken waar je buren leert kennen, een praatje maakt en koffie drinkt.' },
  { slug: 'eten', name: 'Eten', description: 'Samen eten, goedkoop koken, voedselhulp en eten delen in plaats van weggooien.' },
  { slug: 'zorg', name: 'Zorg', description: 'Hulp bij gezondheid, zorg thuis en steun voor mantelzorgers.' },
  { slug: 'taal', name: 'Taal', description: 'Nederlands leren en oefenen, lezen, schrijven en hulp met de computer.' },
  { slug: 'jeugd', name: 'Jeugd', description: 'Activiteiten en hulp voor kinderen en jongeren, van speeltuin tot huiswerkklas.' },
  { slug: 'cultuur', name: 'Cultuur', description: 'Muziek, theater, kunst, verhalen en tradities uit de hele wereld.' },
  { slug: 'werk-en-geld', name: 'Werk en geld', description: 'Hulp bij geldzorgen, formulieren, werk zoeken en een vak leren.' },
  { slug: 'wonen', name: 'Wonen', description: 'Je huis, je straat en je buren: huur, onderhoud en samen de buurt verbeteren.' },
  { slug: 'duurzaamheid', name: 'Duurzaamheid', description: 'Groen in de wijk, repareren, energie besparen en minder afval.' },
  { slug: 'senioren', name: 'Senioren', description: 'Activiteiten, hulp en gezelschap voor ouderen.' },
  { slug: 'zingeving', name: 'Zingeving', description: 'Geloof, levensvragen, rust en gemeenschap.' },
  { slug: 'vrijwilligers', name: 'Vrijwilligers', description: 'Iets doen voor een ander: vrijwilligerswerk en burenhulp.' },
  { slug: 'gezin', name: 'Gezin', description: 'Steun voor ouders en activiteiten voor het hele gezin.' },
]

export function themesBySlug(slugs: readonly string[]): SeedTheme[] {
  return slugs.map((slug) => {
    const theme = THEMES.find((t) => t.slug === slug)
    if (!theme) throw new Error(`Unknown theme "${slug}"`)
    return theme
  })
}
