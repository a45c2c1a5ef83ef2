/** The parts of a privacy export, as the endpoint names them (`GET /api/privacy/:email`). */
export const PRIVACY_PARTS = [
  'users',
  'requests',
  'organisationClaims',
  'articles',
  'posts',
  'newsletterSignups',
  'postReactions',
  'postReactionsReceived',
] as const
type PrivacyPart = (typeof PRIVACY_PARTS)[number]

export type PrivacyExport = { email: string; exportedAt: string } & Record<PrivacyPart, Record<string, unknown>[]>

/** What the erasure reports, keyed by collection slug (`DELETE /api/privacy/:email`). */
export type ErasureAnswer = {
  message: string
  deleted: Record<string, number>
  anonymised: Record<string, number>
  refused: string[]
}

/** Singular and plural, in the words an editor uses. */
const NOUNS: Record<string, [string, string]> = {
  users: ['account', 'accounts'],
  requests: ['aanvraag', 'aanvragen'],
  organisationClaims: ['aanvraag partneraccount', 'aanvragen partneraccount'],
  'organisation-claims': ['aanvraag partneraccount', 'aanvragen partneraccount'],
  articles: ['buurtkrantartikel', 'buurtkrantartikelen'],
  posts: ['prikbordbericht', 'prikbordberichten'],
  newsletterSignups: ['aanmelding nieuwsbrief', 'aanmeldingen nieuwsbrief'],
  'newsletter-signups': ['aanmelding nieuwsbrief', 'aanmeldingen nieuwsbrief'],
  postReactions: ['verstuurde reactie op het prikbord', 'verstuurde reacties op het prikbord'],
  postReactionsReceived: ['ontvangen reactie op eigen prikbordbericht', 'ontvangen reacties op eigen prikbordberichten'],
  'post-reactions': ['reactie op het prikbord', 'reacties op het prikbord'],
  mailchimp: ['wis-opdracht aan Mailchimp', 'wis-opdrachten aan Mailchimp'],
  'payload-jobs': ['afgehandelde mail- of Mailchimp-taak', 'afgehandelde mail- en Mailchimp-taken'],
}

/** "1 aanvraag", "3 aanvragen", "0 accounts". */
export const countOf = (part: string, count: number): string => {
  const [one, many] = NOUNS[part] ?? [part, part]
  return `${count} ${count === 1 ? one : many}`
}

/** "a, b en c" */
export const listInDutch = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`

const isPublished = (doc: Record<string, unknown>) => doc.editorialStatus === 'published'

/**
 * What an erasure will do with this export, in the same terms as the endpoint (erasePersonalData):
 * published articles and posts stay without a name, everything else is deleted.
 */
export const erasurePlan = (data: PrivacyExport): { deleted: string[]; anonymised: string[] } => {
  const deleted: string[] = []
  const anonymised: string[] = []
  for (const part of PRIVACY_PARTS) {
    const docs = data[part] ?? []
    const kept = part === 'articles' || part === 'posts' ? docs.filter(isPublished).length : 0
    if (docs.length - kept > 0) deleted.push(countOf(part, docs.length - kept))
    if (kept > 0) anonymised.push(countOf(part, kept))
  }
  return { deleted, anonymised }
}

/** Nonzero counts of an erasure answer as Dutch phrases. */
export const nonzeroCounts = (counts: Record<string, number>): string[] =>
  Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([part, count]) => countOf(part, count))

/** "users 12" from the endpoint becomes "account 12". */
export const refusedItem = (item: string): string => {
  const [collection, id] = item.split(' ')
  return `${NOUNS[collection ?? '']?.[0] ?? collection} ${id ?? ''}`.trim()
}

export const downloadName = (email: string): string => `gegevens-${email.replace(/[^a-z0-9.@_-]/gi, '_')}.json`
