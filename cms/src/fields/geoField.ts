import type { PointField } from 'payload'

import { COORDINATES_MESSAGE, isInsideNetherlands } from '@wijk/shared/validation'

/** Stored as [longitude, latitude] (GeoJSON order), limited to the Netherlands. */
export const geoField = (): PointField => ({
  name: 'geo',
  type: 'point',
  label: 'Locatie op de kaart (lengtegraad, breedtegraad)',
  validate: (value) => {
    if (!value || value.length !== 2 || value.some((n) => n === null || n === undefined)) return true
    const [lng, lat] = value
    return isInsideNetherlands(Number(lat), Number(lng)) ? true : COORDINATES_MESSAGE
  },
})
