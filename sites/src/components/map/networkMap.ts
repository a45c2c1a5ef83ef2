import L from 'leaflet'

import { clusterByDistance, groupByPoint, type Point } from '../../lib/mapGroups'
import { clusterMarker, type Located, markerFor } from './mapMarker'
import { type Place, placesFromList } from './placesFromList'
import { connectThemeFilter } from './themeFilter'

/** Markers nearer than this (in pixels) become one cluster; a marker is about 36 px wide. */
const CLUSTER_RADIUS = 48
const MAX_ZOOM = 19

const located = (places: readonly Place[]) => places.filter((place): place is Located => place.point !== null)
const boundsOf = (points: readonly Point[]) => L.latLngBounds(points.map(({ lat, lng }) => [lat, lng]))

/**
 * The netwerkkaart: Leaflet over the list of places (PlaceList.astro). One marker per address
 * (its popup lists everyone there); markers that would overlap at this zoom form a numbered cluster
 * that zooms in when chosen; at the closest zoom every address has its own marker. The theme filter
 * drives the markers and the list. Only an enhancement: without it the list is complete.
 */
export const startNetworkMap = () => {
  const container = document.querySelector<HTMLElement>('#kaart')
  const places = placesFromList()
  if (!container || located(places).length === 0) return
  container.hidden = false
  document.querySelector<HTMLElement>('#kaart-zonder-js')?.setAttribute('hidden', '')

  const map = L.map(container, { zoomControl: false, scrollWheelZoom: false, zoomSnap: 0.5, maxZoom: MAX_ZOOM })
  L.control.zoom({ zoomInTitle: 'Inzoomen', zoomOutTitle: 'Uitzoomen' }).addTo(map)
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>')
  L.tileLayer(container.dataset.tileUrl ?? '', { attribution: container.dataset.attribution ?? '', maxZoom: MAX_ZOOM }).addTo(map)
  const markers = L.layerGroup().addTo(map)
  let addresses: Located[][] = []

  const zoomInto = (points: readonly Point[]) => {
    map.fitBounds(boundsOf(points), { padding: [48, 48], maxZoom: MAX_ZOOM })
    container.focus({ preventScroll: true }) // the cluster is gone; Tab goes on from the map
  }
  const render = () => {
    markers.clearLayers()
    const zoom = map.getZoom()
    const clusters =
      zoom >= MAX_ZOOM ? addresses.map((group) => [group]) : clusterByDistance(addresses, (group) => map.project(group[0]!.point, zoom), CLUSTER_RADIUS)
    // Room for the popup's margins (in rem: larger with "Grotere letters") and the zoom buttons.
    const popupWidth = Math.max(160, Math.min(280, container.clientWidth - 110))
    for (const cluster of clusters) markers.addLayer(cluster.length === 1 ? markerFor(cluster[0]!, popupWidth) : clusterMarker(cluster, zoomInto))
  }
  const show = (visible: readonly Place[]) => {
    addresses = groupByPoint(located(visible))
    if (addresses.length > 0) map.fitBounds(boundsOf(addresses.map((group) => group[0]!.point)), { padding: [36, 36], maxZoom: 17 })
    render()
  }
  map.on('zoomend', render)
  if (!connectThemeFilter(places, show)) show(places)
}
