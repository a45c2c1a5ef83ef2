import { publicCmsUrl } from '../env'

/** The four kinds of thing the redactie reviews. */
export const REVIEW_COLLECTIONS = ['articles', 'posts', 'events', 'organisations'] as const
export type ReviewCollection = (typeof REVIEW_COLLECTIONS)[number]

/** Articles and posts go through editorialStatus; events and organisations are Payload drafts. */
export const usesEditorialStatus = (collection: ReviewCollection): collection is 'articles' | 'posts' => collection === 'articles' || collection === 'posts'

/** The kind as the Wachtrij shows it. */
export const KIND_LABELS: Record<ReviewCollection, string> = {
  articles: 'Buurtkrant',
  posts: 'Prikbord',
  events: 'Activiteit',
  organisations: 'Organisatie',
}

/** "… heeft <een stuk voor de buurtkrant> ingediend" */
export const KIND_PHRASES: Record<ReviewCollection, string> = {
  articles: 'een stuk voor de buurtkrant',
  posts: 'een bericht voor het prikbord',
  events: 'een activiteit',
  organisations: 'een wijziging van een organisatie',
}

type Titled = { title?: string | null; name?: string | null }

export const titleOf = (doc: Titled): string => (doc.title ?? doc.name ?? '').trim() || '(zonder titel)'

/** Where the redactie opens the item in the admin. */
export const adminUrlOf = (collection: ReviewCollection, id: number | string): string => `${publicCmsUrl()}/admin/collections/${collection}/${id}`

/** The Wachtrij view in the admin. */
export const queueUrl = (): string => `${publicCmsUrl()}/admin/wachtrij`

/** Where an editor changes how they are mailed. */
export const accountUrl = (): string => `${publicCmsUrl()}/admin/account`

/** "wacht net", "wacht 5 uur", "wacht 1 dag", "wacht 3 dagen" */
export const waitedInWords = (since: Date | string, now: Date): string => {
  const hours = Math.floor((now.getTime() - new Date(since).getTime()) / 3_600_000)
  if (hours < 1) return 'wacht net'
  if (hours < 24) return `wacht ${hours} uur`
  const days = Math.floor(hours / 24)
  return `wacht ${days} ${days === 1 ? 'dag' : 'dagen'}`
}
