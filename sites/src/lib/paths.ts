import { sitePaths } from '@wijk/shared/sitePaths'

/**
 * Clean human URLs, one place, so pages, feeds, JSON-LD and the sitemap agree. The pages the CMS also
 * links to (the agenda, events, the buurtkrant, the account pages, the thank-you pages) come from
 * @wijk/shared/sitePaths; the rest are the site's own.
 */
export const paths = {
  ...sitePaths,
  home: () => '/',
  organisations: () => '/organisaties/',
  organisation: (slug: string) => `/organisaties/${slug}/`,
  themes: () => '/themas/',
  theme: (slug: string) => `/themas/${slug}/`,
  agendaCategory: (category: string) => `/agenda/categorie/${category}/`,
  agendaMonth: (month: string) => `/agenda/maand/${month}/`,
  agendaPrint: () => '/agenda/print/',
  agendaPrintCategory: (category: string) => `/agenda/print/${category}/`,
  agendaPrintWeek: (week: string) => `/agenda/print/week/${week}/`,
  agendaPrintCategoryWeek: (category: string, week: string) => `/agenda/print/${category}/${week}/`,
  posts: () => '/prikbord/',
  search: () => '/zoeken/',
  map: () => '/kaart/',
  about: () => '/over-deze-site/',
  accessibility: () => '/toegankelijkheid/',
  register: () => '/account/registreren/',
  privacy: () => '/privacy/',
  newsletter: () => '/nieuwsbrief/',
  screen: () => '/scherm/',
  screenFeed: () => '/scherm/agenda.json',
  screenHelp: () => '/agenda-op-een-scherm/',
  rss: () => '/buurtkrant/rss.xml',
  ical: () => '/agenda.ics',
  icalCategory: (category: string) => `/agenda/categorie/${category}.ics`,
}

export const absoluteUrl = (path: string, site: URL | string | undefined): string => new URL(path, site).toString()
