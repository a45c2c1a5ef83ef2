import type { Organisation } from '../../payload-types'

import { fieldErrors } from '../../public/dutchIssues'
import { asActor, idOfRef, type MijnActor, partnerOrganisationId } from '../activities/mijnActor'
import { intentOf, type Intent, notTextErrors, UNKNOWN_INTENT } from '../activities/intent'
import { checkPhoto, PHOTO_ERRORS, storePhoto } from '../photos/photo'
import { organisationDataOf } from './organisationData'
import { organisationSchema } from './organisationSchema'
import { ORGANISATION_FIELDS, organisationValuesFrom, type OrganisationFormValues } from './organisationValues'

/**
 * The partner's own organisation, its latest draft, read with the partner's own access. `null` when
 * the account is not a partner of an organisation in this wijk.
 */
export const findOwnOrganisation = async (actor: MijnActor): Promise<Organisation | null> => {
  const id = partnerOrganisationId(actor.user)
  if (id === undefined) return null
  const org = await actor.payload
    .findByID({ collection: 'organisations', id, draft: true, depth: 1, ...asActor(actor) })
    .catch((error: { status?: number }) => (error.status && error.status < 500 ? null : Promise.reject(error)))
  return org && idOfRef(org.tenant) === actor.wijk.id ? org : null
}

export type SaveOrganisationResult =
  { ok: true; id: number; intent: Intent } | { ok: false; status: 400 | 403; message: string; errors: Record<string, string>; values: OrganisationFormValues }

/**
 * Saves the partner's changes as a DRAFT of its organisation, as the partner (the live entry stays
 * as it is until the redactie publishes). Bad input stores nothing and comes back with the typed values.
 */
export const saveOrganisation = async (
  actor: MijnActor,
  { fields, files = {} }: { fields: Record<string, unknown>; files?: Record<string, unknown> },
): Promise<SaveOrganisationResult> => {
  const values = organisationValuesFrom(fields)
  const chosen = intentOf(fields.actie)
  const intent = chosen ?? 'concept'
  const refuse = (status: 400 | 403, message: string, errors: Record<string, string> = {}) => ({ ok: false as const, status, message, errors, values })

  const previous = await findOwnOrganisation(actor)
  if (!previous) return refuse(403, 'Alleen een partner kan hier de gegevens van de eigen organisatie aanpassen.')
  if (!chosen) return refuse(400, UNKNOWN_INTENT)
  const parsed = organisationSchema.safeParse(values)
  const errors = { ...(parsed.success ? {} : fieldErrors(parsed.error)), ...notTextErrors(fields, ORGANISATION_FIELDS) }
  const photo = await checkPhoto(files.photo)
  if (photo && 'error' in photo) errors.photo = PHOTO_ERRORS[photo.error]
  else if (photo && !values.photoAlt!.trim()) errors.photoAlt = 'Beschrijf kort wat er op de foto staat, voor wie niet kan zien.'
  if (!parsed.success || Object.keys(errors).length > 0)
    return refuse(400, 'Niet alles is goed ingevuld. Kijk de velden met een melding na; wat je typte staat er nog.', errors)

  const data = organisationDataOf(parsed.data, previous)
  const contactPerson = data.contactPerson as Record<string, unknown>
  if (photo && !('error' in photo)) {
    contactPerson.photo = (await storePhoto(actor, photo, parsed.data.photoAlt!)).id
  } else if (fields.removePhoto === 'on') contactPerson.photo = null
  else contactPerson.photo = idOfRef(previous.contactPerson?.photo) ?? null

  await actor.payload.update({
    collection: 'organisations',
    id: previous.id,
    data: data as never,
    draft: true,
    depth: 0,
    ...asActor(actor),
    ...(intent === 'indienen' ? { context: { submitForReview: true } } : {}),
  })
  return { ok: true, id: previous.id, intent }
}
