import { allPages, snapshot } from './builtSite'

/** A path the site does not have: the server answers it with the 404 page (404.html in the build). */
export const MISSING_PATH = '/bestaat-niet/'

/** One page of each type of the built demo site, as site paths. */
export const PAGE_TYPES = () => [
  '/',
  '/agenda/',
  `/agenda/${snapshot.events.find((e) => e.recurrence)!.slug}/`,
  `/agenda/categorie/buurtmaaltijd/`,
  allPages().find((p) => p.startsWith('/agenda/maand/'))!,
  '/organisaties/',
  `/organisaties/${snapshot.organisations[0]!.slug}/`,
  '/themas/',
  `/themas/${snapshot.themes[0]!.slug}/`,
  '/scherm/',
  '/agenda-op-een-scherm/',
  '/buurtkrant/',
  `/buurtkrant/${snapshot.articles[0]!.slug}/`,
  '/prikbord/',
  '/zoeken/',
  '/over-deze-site/',
  MISSING_PATH,
  '/toegankelijkheid/',
  '/privacy/',
  '/account/',
  '/account/registreren/',
  '/bedankt/',
  '/nieuwsbrief/',
  '/agenda/print/',
  '/agenda/print/buurtmaaltijd/',
  allPages().find((p) => p.startsWith('/agenda/print/week/'))!,
  '/kaart/',
]
