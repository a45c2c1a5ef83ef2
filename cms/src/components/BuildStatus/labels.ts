import type { DeliveryState } from '../../webhook/deliveryStatus'
import type { WijkBuildStatus } from '../../webhook/builderStatus'

export const BUILD_STATE_LABELS: Record<WijkBuildStatus['state'], string> = {
  idle: 'De site is bijgewerkt',
  queued: 'In de wachtrij',
  building: 'Bezig met bouwen',
  failed: 'Bouwen is mislukt',
}

export const DELIVERY_LABELS: Record<DeliveryState, string> = {
  queued: 'in de wachtrij',
  delivered: 'afgeleverd',
  retrying: 'mislukt, wordt opnieuw geprobeerd',
  failed: 'mislukt, opgegeven',
}

/** What changed, by the collection the webhook names. */
const COLLECTION_LABELS: Record<string, string> = {
  organisations: 'Organisatie',
  events: 'Activiteit',
  articles: 'Buurtkrantartikel',
  posts: 'Prikbordbericht',
  themes: 'Thema',
  media: 'Afbeelding',
}

const REASON_LABELS: Record<string, string> = {
  publish: 'gepubliceerd',
  unpublish: 'offline gehaald',
  delete: 'verwijderd',
}

/** One delivery as a short Dutch sentence: "Activiteit gepubliceerd", "Wijkgegevens gewijzigd". */
export const deliveryTitle = (reason: string, collection: string): string => {
  if (reason === 'wijk') return 'Wijkgegevens gewijzigd'
  if (reason === 'manual') return 'Handmatig opnieuw bouwen'
  const what = COLLECTION_LABELS[collection] ?? (collection || 'Inhoud')
  return `${what} ${REASON_LABELS[reason] ?? reason}`
}

export const formatMoment = (iso: string | null | undefined): string =>
  iso ? new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Europe/Amsterdam' }).format(new Date(iso)) : '–'

/** "2,9 seconden" */
export const formatSeconds = (seconds: number): string =>
  `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(seconds)} ${seconds === 1 ? 'seconde' : 'seconden'}`

/** Payload's admin theme colours, so the states read the same in light and dark mode. */
export const TONE_COLOURS = {
  ok: 'var(--theme-success-500)',
  busy: 'var(--theme-warning-500)',
  error: 'var(--theme-error-650)',
  muted: 'var(--theme-elevation-500)',
} as const
