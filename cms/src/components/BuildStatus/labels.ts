import type { DeliveryState } from '../../webhook/deliveryStatus'
import type { WijkBuildStatus } from '../../webhook/builderStatus'

export const BUILD_STATE_LABELS: Record<WijkBuildStatus['state'], string> = {
  idle: 'Klaar: de site is bijgewerkt',
  queued: 'In de wachtrij',
  building: 'Bezig met bouwen',
  failed: 'De laatste bouw is mislukt',
}

export const DELIVERY_LABELS: Record<DeliveryState, string> = {
  queued: 'in de wachtrij',
  delivered: 'afgeleverd',
  retrying: 'mislukt, wordt opnieuw geprobeerd',
  failed: 'mislukt, opgegeven',
}

export const REASON_LABELS: Record<string, string> = {
  publish: 'gepubliceerd',
  unpublish: 'offline gehaald',
  delete: 'verwijderd',
  wijk: 'wijkgegevens gewijzigd',
  manual: 'handmatig opnieuw bouwen',
}

export const formatMoment = (iso: string | null | undefined): string =>
  iso
    ? new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Europe/Amsterdam' }).format(new Date(iso))
    : '–'
