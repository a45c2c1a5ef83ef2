import type { CollectionBeforeChangeHook } from 'payload'

import { geoForSave } from '../../../geocoding/geoForSave'
import type { Organisation } from '../../../payload-types'

/** Fills in the organisation's map point from its address (see geocoding/geoForSave.ts). */
export const geocodeAddress: CollectionBeforeChangeHook<Organisation> = async ({ data, originalDoc, req }) => {
  const geo = await geoForSave({
    next: { address: data.address, geo: data.geo },
    previous: originalDoc ? { address: originalDoc.address, geo: originalDoc.geo } : undefined,
    req,
    what: `organisations ${originalDoc?.id ?? '(new)'} "${data.name ?? originalDoc?.name ?? ''}"`,
  })
  if (geo !== undefined) data.geo = geo
  return data
}
