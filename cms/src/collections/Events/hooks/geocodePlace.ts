import type { CollectionBeforeChangeHook } from 'payload'

import { geoForSave } from '../../../geocoding/geoForSave'
import type { Event } from '../../../payload-types'

/** Fills in the map point of an event's own place from its address (see geocoding/geoForSave.ts). */
export const geocodePlace: CollectionBeforeChangeHook<Event> = async ({ data, originalDoc, req }) => {
  const geo = await geoForSave({
    next: { address: data.place?.address, geo: data.place?.geo },
    previous: originalDoc ? { address: originalDoc.place?.address, geo: originalDoc.place?.geo } : undefined,
    req,
    what: `events ${originalDoc?.id ?? '(new)'} "${data.title ?? originalDoc?.title ?? ''}"`,
  })
  if (geo !== undefined) data.place = { ...data.place, geo }
  return data
}
