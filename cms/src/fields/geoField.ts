import type { PointField } from 'payload'

import { COORDINATES_MESSAGE, isInsideNetherlands } from '@wijk/shared/validation'

/**
 * Stored as [longitude, latitude] (GeoJSON order), limited to the Netherlands. The collection's
 * geocoding hook fills it in from the address (geocoding/geoForSave.ts).
 */
export const geoField = (): PointField => ({
  name: 'geo',
  type: 'point',
  label: 'Locatie op de kaart (lengtegraad, breedtegraad)',
  admin: {
    description:
      'Wordt automatisch ingevuld vanuit het adres als je dit leeg laat, en opnieuw als het adres verandert. Vul het alleen zelf in als de plek op de kaart niet klopt.',
  },
  validate: (value) => {
    if (!value || value.length !== 2 || value.some((n) => n === null || n === undefined)) return true
    const [lng, lat] = value
    return isInsideNetherlands(Number(lat), Number(lng)) ? true : COORDINATES_MESSAGE
  },
})
