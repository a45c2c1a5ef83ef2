/** Clean human URLs, one place, so pages, feeds, JSON-LD and the sitemap agree. */
export const paths = {
  home: () => '/',
  organisations: () => '/organisaties/',
  organisation: (slug: string) => `/organisaties/${slug}/`,
  themes: () => '/themas/',
  theme: (slug: string) => `/themas/${slug}/`,
  agenda: () => '/agenda/',
  agendaCategory: (category: string) => `/agenda/categorie/${category}/`,
  agendaMonth: (month: string) => `/agenda/maand/${month}/`,
  event: (slug: string) => `/agenda/${slug}/`,
  articles: () => '/buurtkrant/',
  article: (slug: string) => `/buurtkrant/${slug}/`,
  posts: () => '/prikbord/',
  search: () => '/zoeken/',
  about: () => '/over-deze-site/',
  rss: () => '/buurtkrant/rss.xml',
  ical: () => '/agenda.ics',
  icalCategory: (category: string) => `/agenda/categorie/${category}.ics`,
}

export const absoluteUrl = (path: string, site: URL | string | undefined): string => new URL(path, site).toString()
