import type { Organisation } from '../../payload-types'
import { cleanText } from '../text/cleanText'
import { plainTextOf } from '../text/plainParagraphs'
import { OPENING_ROWS } from './organisationSchema'

const ROW_FIELDS = Array.from({ length: OPENING_ROWS }, (_, row) => [`days${row}`, `hours${row}`] as const).flat()

/** The fields of the organisation form, as the form sends them (text only). */
export const ORGANISATION_FIELDS = [
  'summary',
  'description',
  'offers',
  'contactName',
  'contactRole',
  'photoAlt',
  'street',
  'houseNumber',
  'postcode',
  'city',
  'email',
  'phone',
  'website',
  'whatsapp',
  ...ROW_FIELDS,
] as const
export type OrganisationFormValues = Record<string, string>

export const organisationValuesFrom = (fields: Record<string, unknown>): OrganisationFormValues =>
  Object.fromEntries(ORGANISATION_FIELDS.map((field) => [field, cleanText(fields[field], 6000)]))

/** A stored organisation (its latest draft) as the form's values. */
export const organisationValuesOf = (org: Organisation): OrganisationFormValues => {
  const photo = typeof org.contactPerson?.photo === 'object' && org.contactPerson?.photo ? org.contactPerson.photo : null
  const values: OrganisationFormValues = {
    summary: org.summary ?? '',
    description: plainTextOf(org.description),
    offers: (org.offers ?? []).map((offer) => offer.text).join('\n'),
    contactName: org.contactPerson?.name ?? '',
    contactRole: org.contactPerson?.role ?? '',
    photoAlt: photo?.alt ?? '',
    street: org.address?.street ?? '',
    houseNumber: org.address?.houseNumber ?? '',
    postcode: org.address?.postcode ?? '',
    city: org.address?.city ?? '',
    email: org.contact?.email ?? '',
    phone: org.contact?.phone ?? '',
    website: org.contact?.website ?? '',
    whatsapp: org.contact?.whatsapp ?? '',
  }
  for (let row = 0; row < OPENING_ROWS; row++) {
    values[`days${row}`] = org.openingHours?.[row]?.days ?? ''
    values[`hours${row}`] = org.openingHours?.[row]?.hours ?? ''
  }
  return values
}
