import type { PayloadRequest } from 'payload'

import { isInsideNetherlands } from '@wijk/shared/validation'

import { pdokLocatieserverUrl, pdokTimeoutMs } from '../env'
import { type AddressParts, addressQuery, sameAddress } from './addressQuery'
import { type GeoPoint, pointOf, samePoint } from './geoPoint'
import { geocodeWithPdok } from './pdokLocatieserver'

/** An address group with its map point, as in a save's data or the stored document. */
type Located = { address?: AddressParts | null; geo?: unknown }

type Options = {
  /** What this save sends; on an update, parts it leaves out keep their stored value. */
  next: Located
  /** The stored document before this save; undefined when it is created. */
  previous?: Located
  req: PayloadRequest
  /** For the log: which document, e.g. `organisations 12 "Buurthuis De Kookpot"`. */
  what: string
}

/**
 * The map point a save should store, looked up from its address: a point, null (no usable point:
 * save without one), or undefined (leave the point as the save has it).
 *
 * Geocodes when an address is entered without coordinates, and again when the address changes
 * and the editor did not change the coordinates in the same save (the old point belongs to the
 * old address). Coordinates an editor sets are never overwritten. Failure never blocks the save.
 */
export const geoForSave = async ({ next, previous, req, what }: Options): Promise<GeoPoint | null | undefined> => {
  const baseUrl = pdokLocatieserverUrl()
  if (!baseUrl) return undefined
  const address = next.address === undefined ? previous?.address : { ...previous?.address, ...next.address }
  const query = addressQuery(address)
  if (!query) return undefined
  const previousPoint = pointOf(previous?.geo)
  const point = next.geo === undefined ? previousPoint : pointOf(next.geo)
  const editorMovedPoint = next.geo !== undefined && !samePoint(point, previousPoint)
  if (editorMovedPoint) return undefined
  const addressIsNew = !previous || !sameAddress(address, previous.address)
  if (!addressIsNew || (!previous && point)) return undefined

  const outcome = await geocodeWithPdok(query, { baseUrl, timeoutMs: pdokTimeoutMs() })
  if (outcome.found && isInsideNetherlands(outcome.point[1], outcome.point[0])) return outcome.point
  const reason = outcome.found ? `PDOK's point ${outcome.point.join(', ')} for "${outcome.label}" is not in the Netherlands` : outcome.reason
  req.payload.logger.warn({ msg: `Geocoding ${what} failed for "${query}": ${reason}. Saved without map coordinates.`, address: query })
  return null
}
