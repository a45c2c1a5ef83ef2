import type { Point } from '../../lib/mapGroups'

/** One organisation as the netwerkkaart's list shows it (PlaceList.astro); `item` is its list entry. */
export type Place = {
  item: HTMLElement
  name: string
  href: string
  address: string
  themes: string[]
  point: Point | null
}

const pointOf = (item: HTMLElement): Point | null => {
  const lat = Number.parseFloat(item.dataset.lat ?? '')
  const lng = Number.parseFloat(item.dataset.lng ?? '')
  return Number.isFinite(lat) && Number.isFinite(lng) ? { lat, lng } : null
}

/** Reads the places from the list, so the page carries each organisation once (no JSON copy). */
export const placesFromList = (root: ParentNode = document): Place[] =>
  [...root.querySelectorAll<HTMLElement>('[data-place]')].map((item) => {
    const link = item.querySelector<HTMLAnchorElement>('[data-place-link]')
    return {
      item,
      name: link?.textContent?.trim() ?? '',
      href: link?.getAttribute('href') ?? '',
      address: item.querySelector('[data-place-address]')?.textContent?.trim() ?? '',
      themes: (item.dataset.themes ?? '').split(' ').filter(Boolean),
      point: pointOf(item),
    }
  })
