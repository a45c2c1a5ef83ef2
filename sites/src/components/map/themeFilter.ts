import { withThemes } from '../../lib/mapGroups'
import type { Place } from './placesFromList'

const countText = (shown: number, total: number) =>
  shown === total
    ? `Alle ${total} organisaties staan op de kaart.`
    : shown === 0
      ? 'Geen organisaties met dit thema op de kaart.'
      : `Je ziet ${shown} van de ${total} organisaties.`

/**
 * The theme checkboxes (ThemeFilter.astro): hide the list entries and street groups without a chosen
 * theme, say how many are left, and hand the visible places to the map. False when the page has no filter.
 */
export const connectThemeFilter = (places: readonly Place[], onChange: (visible: Place[]) => void): boolean => {
  const filter = document.querySelector<HTMLElement>('#kaart-filter')
  const status = document.querySelector<HTMLElement>('#kaart-telling')
  const chosenCount = document.querySelector<HTMLElement>('#kaart-gekozen')
  const reset = document.querySelector<HTMLButtonElement>('#kaart-alles')
  if (!filter || !status || !chosenCount || !reset) return false
  const boxes = [...filter.querySelectorAll<HTMLInputElement>('input[name="thema"]')]
  const onMap = places.filter((place) => place.point)
  const streets = [...document.querySelectorAll<HTMLElement>('[data-street]')]

  const apply = () => {
    const chosen = new Set(boxes.filter((box) => box.checked).map((box) => box.value))
    const shown = new Set(withThemes(places, chosen))
    for (const place of places) place.item.hidden = !shown.has(place)
    for (const street of streets) street.hidden = !street.querySelector('[data-place]:not([hidden])')
    status.textContent = countText(onMap.filter((place) => shown.has(place)).length, onMap.length)
    chosenCount.textContent = chosen.size === 0 ? '' : `(${chosen.size} gekozen)`
    reset.hidden = chosen.size === 0
    onChange([...shown])
  }

  filter.addEventListener('change', apply)
  reset.addEventListener('click', () => {
    for (const box of boxes) box.checked = false
    apply()
    boxes[0]?.focus()
  })
  filter.hidden = false
  apply()
  return true
}
