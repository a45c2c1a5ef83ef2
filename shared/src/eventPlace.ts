import type { Address, SnapshotEvent } from './snapshot'

/** The bits of the hosting organisation an event needs: its page, its name, its address. */
export type EventHost = { slug: string; name: string; address: Address | null }

export type EventPlace = {
  /** The room or place ("Grote zaal van De Kookpot"), else the host's name. */
  name: string | null
  /** The place's own address; for events on location without one, the host's address. */
  address: Address | null
  /** Takes place somewhere you can go to (as opposed to only online). */
  physical: boolean
  onlineUrl: string | null
}

/**
 * Where an event is. An online event never borrows the host's address (the host is not where it
 * happens); a room without an address ("Zaal naast de kerk") is at the host.
 */
export function eventPlace(event: SnapshotEvent, host: EventHost | null): EventPlace {
  const online = event.onlineUrl !== null
  const address = event.place?.address ?? (online ? null : (host?.address ?? null))
  return {
    name: event.place?.name ?? host?.name ?? null,
    address,
    physical: !online || address !== null,
    onlineUrl: event.onlineUrl,
  }
}

/** "Schiedamseweg 63a" */
export const streetLine = (a: Address) => `${a.street} ${a.houseNumber}`.trim()
/** "3025 DA Rotterdam" */
export const cityLine = (a: Address) => `${a.postcode} ${a.city}`.trim()
/** "Schiedamseweg 63a, 3025 DA Rotterdam" */
export const addressText = (a: Address) => [streetLine(a), cityLine(a)].filter(Boolean).join(', ')

/** One line for a calendar app's location field: "Grote zaal, Schiedamseweg 63a, 3025 DA Rotterdam". */
export function placeText(place: EventPlace): string | null {
  const parts = [place.name, place.address && addressText(place.address)].filter((p): p is string => Boolean(p))
  if (parts.length === 0) return place.onlineUrl ? 'Online' : null
  return parts.join(', ')
}
