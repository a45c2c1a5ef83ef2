import { describe, expect, it } from 'vitest'
import { type EventHost, eventPlace, placeText } from '../src/eventPlace'
import type { SnapshotEvent } from '../src/snapshot'

const host: EventHost = {
  slug: 'de-kookpot',
  name: 'De Kookpot',
  address: { street: 'Schiedamseweg', houseNumber: '63a', postcode: '3025 DA', city: 'Rotterdam' },
}
const ownAddress = { street: 'Kerkstraat', houseNumber: '1', postcode: '3021 AA', city: 'Rotterdam' }
const event = (place: Partial<NonNullable<SnapshotEvent['place']>> | null, onlineUrl: string | null = null) =>
  ({ place: place && { name: null, address: null, geo: null, ...place }, onlineUrl }) as SnapshotEvent

describe('eventPlace', () => {
  it('an event without a place of its own is at its host', () => {
    expect(placeText(eventPlace(event(null), host))).toBe('De Kookpot, Schiedamseweg 63a, 3025 DA Rotterdam')
  })

  it('a room without an address is at the host’s address', () => {
    expect(placeText(eventPlace(event({ name: 'Grote zaal' }), host))).toBe('Grote zaal, Schiedamseweg 63a, 3025 DA Rotterdam')
  })

  it('a place with its own address keeps it', () => {
    expect(placeText(eventPlace(event({ name: 'Kerk', address: ownAddress }), host))).toBe('Kerk, Kerkstraat 1, 3021 AA Rotterdam')
  })

  it('an online event never borrows the host’s address', () => {
    const place = eventPlace(event(null, 'https://example.nl/meet'), host)
    expect(place).toMatchObject({ name: 'De Kookpot', address: null, physical: false })
    expect(placeText(eventPlace(event(null, 'https://example.nl/meet'), null))).toBe('Online')
  })

  it('without place or host there is nothing to say', () => {
    expect(placeText(eventPlace(event(null), null))).toBeNull()
  })
})
