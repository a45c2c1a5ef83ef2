/**
 * The wijk site's pages that the CMS links to or sends a resident back to: the digest's links, the
 * pages after a form post, the account pages. The site's own table (sites/src/lib/paths.ts) starts
 * from these and adds the rest, so both sides write the same clean URLs.
 */
export const sitePaths = {
  agenda: () => '/agenda/',
  event: (slug: string) => `/agenda/${slug}/`,
  articles: () => '/buurtkrant/',
  article: (slug: string) => `/buurtkrant/${slug}/`,
  account: () => '/account/',
  registered: () => '/account/bijna-klaar/',
  accountReady: () => '/account/klaar/',
  thanks: () => '/bedankt/',
  newsletterThanks: () => '/nieuwsbrief/bedankt/',
}
