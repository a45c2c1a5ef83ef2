import type { Page } from 'playwright-core'

/** A 1×1 PNG: what the tile routes and the test tile server answer (there is no internet here). */
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC', 'base64')

/** Answers OpenStreetMap's tile requests (the default MAP_TILE_URL) with a tiny PNG; returns the tile paths asked for. */
export const answerOsmTiles = async (page: Page): Promise<string[]> => {
  const asked: string[] = []
  await page.route(/^https:\/\/tile\.openstreetmap\.org\//, (route) => {
    asked.push(new URL(route.request().url()).pathname)
    return route.fulfill({ status: 200, contentType: 'image/png', body: TINY_PNG })
  })
  return asked
}

/** Waits until Leaflet has drawn the markers and finished any zoom or pan animation. */
export const settledMap = async (page: Page) => {
  await page.locator('#kaart .leaflet-marker-icon').first().waitFor({ state: 'attached' })
  await page.waitForFunction(() => !document.querySelector('#kaart .leaflet-zoom-anim, #kaart .leaflet-pan-anim'))
  await page.waitForTimeout(50)
}

/**
 * What the markers on the map stand for right now: a cluster or a shared address shows its number,
 * a single pin stands for one organisation. Their sum is everyone on the map.
 */
export const markerCounts = (page: Page) =>
  page.$$eval('#kaart .leaflet-marker-icon', (icons) =>
    icons.map((icon) => {
      const number = icon.querySelector('.kaart-cluster, .kaart-pin--groep')?.textContent?.trim()
      return { kind: icon.querySelector('.kaart-cluster') ? 'cluster' : 'address', count: number ? Number(number) : 1 }
    }),
  )

export const sumOf = (counts: { count: number }[]) => counts.reduce((sum, marker) => sum + marker.count, 0)

/**
 * Zooms in with the map's own "Inzoomen" button until it is disabled (closest zoom: no clusters).
 * The check and the click happen in one turn of the page, so a button that Leaflet disables at the
 * end of the previous zoom is never clicked (a Playwright click would wait for it to be enabled again).
 */
export const zoomAllTheWayIn = async (page: Page) => {
  const clickUnlessDisabled = () =>
    page.evaluate(() => {
      const button = document.querySelector<HTMLElement>('#kaart .leaflet-control-zoom-in')
      if (!button || button.classList.contains('leaflet-disabled')) return false
      button.click()
      return true
    })
  for (let i = 0; i < 30 && (await clickUnlessDisabled()); i++) await settledMap(page)
}

/**
 * Opens every marker's popup in turn (a real click on each marker's icon, which Leaflet handles) and
 * reads the organisation links in it. Markers outside the view are in the DOM too, so none is missed.
 */
export const popupLinks = (page: Page) =>
  page.$$eval('#kaart .leaflet-marker-icon', (icons) =>
    icons.map((icon) => {
      ;(icon as HTMLElement).click()
      // The newest popup is the last one: the previous one fades out for 200 ms before it leaves the DOM.
      const popup = [...document.querySelectorAll('#kaart .leaflet-popup-content')].at(-1)
      return {
        label: icon.getAttribute('aria-label') ?? '',
        shown: icon.querySelector('.kaart-pin--groep')?.textContent?.trim() ?? '1',
        hrefs: [...(popup?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? ''),
      }
    }),
  )
