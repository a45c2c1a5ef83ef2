import L from 'leaflet'

import type { Point } from '../../lib/mapGroups'
import type { Place } from './placesFromList'

export type Located = Place & { point: Point }

const PIN_SIZE = 36
// The pin is a square turned 45°: its tip lies half a diagonal below the centre.
const TIP = Math.round(PIN_SIZE / 2 + (PIN_SIZE * Math.SQRT2) / 2)

/** A pin in the wijk's colour (networkMap.css); a group shows how many organisations share the address. */
const pinIcon = (count: number) =>
  L.divIcon({
    className: 'kaart-marker',
    html: count > 1 ? `<span class="kaart-pin kaart-pin--groep"><span>${count}</span></span>` : '<span class="kaart-pin"><span></span></span>',
    iconSize: [PIN_SIZE, PIN_SIZE],
    iconAnchor: [PIN_SIZE / 2, TIP],
    popupAnchor: [0, -TIP + 4],
  })

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
  const node = document.createElement(tag)
  node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

/** The popup: the address, then every organisation there with a link to its page. Text only, never HTML from data. */
const popupContent = (group: readonly Located[]) => {
  const root = element('div', 'kaart-popup')
  if (group[0]!.address) root.append(element('p', 'kaart-popup-adres', group[0]!.address))
  if (group.length > 1) root.append(element('p', 'kaart-popup-aantal', `${group.length} organisaties op dit adres`))
  const list = element('ul', 'kaart-popup-lijst')
  for (const place of group) {
    const link = element('a', '', place.name)
    link.href = place.href
    const item = element('li', '')
    item.append(link)
    list.append(item)
  }
  root.append(list)
  return root
}

/** Leaflet reuses a marker's popup element: it gets its Escape handler once. */
const withEscape = new WeakSet<HTMLElement>()

const markerLabel = (group: readonly Located[]) =>
  group.length > 1
    ? `${group.length} organisaties: ${group[0]!.address || group.map((p) => p.name).join(', ')}`
    : `${group[0]!.name}${group[0]!.address ? `, ${group[0]!.address}` : ''}`

/** Names the marker (Leaflet makes it a focusable role=button) and runs `action` on Enter or space. */
const whenPressed = (marker: L.Marker, label: string, action: () => void) =>
  marker.on('add', () => {
    const icon = marker.getElement()
    icon?.setAttribute('aria-label', label)
    icon?.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return
      event.preventDefault() // also stops Leaflet's own Enter handling, which would toggle the popup back
      action()
    })
  })

/**
 * A popup opened with the keyboard takes the focus, so its links are the next Tab stops; Escape
 * closes it and the focus goes back to the marker. Leaflet's popups do neither by themselves.
 */
const openPopupWithFocus = (marker: L.Marker) => {
  let byKeyboard = false
  marker.on('popupopen', (event) => {
    const popup = (event as L.PopupEvent).popup.getElement()
    const close = popup?.querySelector('.leaflet-popup-close-button')
    close?.setAttribute('aria-label', 'Sluiten')
    close?.setAttribute('title', 'Sluiten')
    if (popup && !withEscape.has(popup)) {
      withEscape.add(popup)
      popup.addEventListener('keydown', (key) => key.key === 'Escape' && marker.closePopup())
    }
    if (byKeyboard) popup?.querySelector<HTMLElement>('.kaart-popup a')?.focus()
  })
  marker.on('popupclose', (event) => {
    const popup = (event as L.PopupEvent).popup.getElement()
    const focusWasInside = popup?.contains(document.activeElement) || document.activeElement === document.body
    if (byKeyboard && focusWasInside) marker.getElement()?.focus()
    byKeyboard = false
  })
  return () => {
    byKeyboard = true
    marker.openPopup()
  }
}

/**
 * One marker for the organisations at one point; its popup lists them all. `popupWidth` keeps the
 * popup inside a phone-wide map, clear of the zoom buttons, also with large text.
 */
export const markerFor = (group: readonly Located[], popupWidth: number): L.Marker => {
  const label = markerLabel(group)
  const marker = L.marker([group[0]!.point.lat, group[0]!.point.lng], { icon: pinIcon(group.length), title: label, riseOnHover: true })
  marker.bindPopup(() => popupContent(group), {
    maxWidth: popupWidth,
    minWidth: Math.min(200, popupWidth),
    autoPanPaddingTopLeft: [60, 16],
    autoPanPaddingBottomRight: [16, 16],
  })
  whenPressed(marker, label, openPopupWithFocus(marker))
  return marker
}

const clusterIcon = (count: number) =>
  L.divIcon({
    className: 'kaart-marker',
    html: `<span class="kaart-cluster${count >= 100 ? ' kaart-cluster--groot' : ''}">${count}</span>`,
    iconSize: [44, 44],
    iconAnchor: [22, 22],
  })

const centreOf = (points: readonly Point[]): Point => ({
  lat: points.reduce((sum, point) => sum + point.lat, 0) / points.length,
  lng: points.reduce((sum, point) => sum + point.lng, 0) / points.length,
})

/** Nearby addresses drawn as one numbered circle; choosing it (click, Enter or space) zooms in on them. */
export const clusterMarker = (addresses: readonly (readonly Located[])[], zoomInto: (points: Point[]) => void): L.Marker => {
  const count = addresses.reduce((sum, group) => sum + group.length, 0)
  const points = addresses.map((group) => group[0]!.point)
  const label = `${count} organisaties hier in de buurt. Kies om in te zoomen.`
  const marker = L.marker(centreOf(points), { icon: clusterIcon(count), title: label, riseOnHover: true })
  marker.on('click', () => zoomInto(points))
  whenPressed(marker, label, () => zoomInto(points))
  return marker
}
