import type { Event } from '../../payload-types'

import { amsterdamDateKey } from '@wijk/shared/time'

import { fieldErrors } from '../../public/dutchIssues'
import { checkPhoto, PHOTO_ERRORS, storePhoto } from '../photos/photo'
import { activitySchema } from './activitySchema'
import { ACTIVITY_FIELDS, activityValuesFrom, type ActivityFormValues, type PostedFields } from './activityValues'
import { eventDataOf } from './eventData'
import { findOwnActivity } from './findOwnActivity'
import { intentOf, type Intent, notTextErrors, UNKNOWN_INTENT } from './intent'
import { asActor, type MijnActor, partnerOrganisationId } from './mijnActor'

export type SaveActivityResult =
  | { ok: true; id: number; intent: Intent }
  | { ok: false; status: 400 | 403 | 404; message: string; errors: Record<string, string>; values: ActivityFormValues; id?: number }

/** Who may use "Ik organiseer iets" / "Nieuwe activiteit": residents, and partners linked to an organisation. */
export const mayOrganise = (actor: Pick<MijnActor, 'user'>) => actor.user.role === 'writer' || partnerOrganisationId(actor.user) !== undefined

/**
 * Saves a resident's proposal or a partner's activity as a Payload DRAFT, as the signed-in person
 * (their access, never overrideAccess). A concept keeps whatever is typed so far; "Indienen" needs
 * everything and passes `context.submitForReview`, from which the redactie's hook records that it
 * waits for them. Bad input stores nothing and comes back with the typed values and one Dutch
 * message per field, so nothing is lost.
 */
export const saveActivity = async (
  actor: MijnActor,
  { id, fields, files = {}, now = new Date() }: { id?: string | number; fields: PostedFields; files?: Record<string, unknown>; now?: Date },
): Promise<SaveActivityResult> => {
  const values = activityValuesFrom(fields)
  const chosen = intentOf(fields.actie)
  const intent = chosen ?? 'concept'
  const refuse = (status: 400 | 403 | 404, message: string, errors: Record<string, string> = {}) => ({
    ok: false as const,
    status,
    message,
    errors,
    values,
    ...(previous ? { id: previous.id } : {}),
  })

  let previous: Event | null = null
  if (!mayOrganise(actor)) return refuse(403, 'Alleen bewoners en partnerorganisaties kunnen hier een activiteit aanmelden.')
  previous = id === undefined ? null : await findOwnActivity(actor, id)
  if (id !== undefined && !previous) return refuse(404, 'Deze activiteit bestaat niet of is niet van jou.')

  if (!chosen) return refuse(400, UNKNOWN_INTENT)
  const schema = activitySchema({
    mode: intent === 'indienen' ? 'indienen' : 'concept',
    placeRequired: actor.user.role === 'writer',
    earliestDate: previous ? undefined : amsterdamDateKey(now),
  })
  const parsed = schema.safeParse(values)
  const errors = { ...(parsed.success ? {} : fieldErrors(parsed.error)), ...notTextErrors(fields, ACTIVITY_FIELDS) }
  const photo = await checkPhoto(files.photo)
  if (photo && 'error' in photo) errors.photo = PHOTO_ERRORS[photo.error]
  else if (photo && !values.photoAlt.trim()) errors.photoAlt = 'Beschrijf kort wat er op de foto staat, voor wie niet kan zien.'
  if (!parsed.success || Object.keys(errors).length > 0) {
    const what = intent === 'indienen' ? 'Om in te dienen moet alles ingevuld zijn.' : 'Niet alles kon worden bewaard.'
    return refuse(400, `${what} Kijk de velden met een melding na; wat je typte staat er nog.`, errors)
  }

  const data: Record<string, unknown> = eventDataOf(parsed.data, previous)
  const options = { draft: true, depth: 0, ...asActor(actor), ...(intent === 'indienen' ? { context: { submitForReview: true } } : {}) }
  if (photo && !('error' in photo)) {
    data.image = (await storePhoto(actor, photo, parsed.data.photoAlt!)).id
  } else if (fields.removePhoto === 'on') data.image = null

  let saved: Event
  if (previous) {
    saved = await actor.payload.update({ collection: 'events', id: previous.id, data: data as never, ...options })
  } else {
    Object.assign(data, { tenant: actor.wijk.id, _status: 'draft' }, actor.user.role === 'partner' ? { organisation: partnerOrganisationId(actor.user) } : {})
    saved = await actor.payload.create({ collection: 'events', data: data as never, ...options })
  }
  return { ok: true, id: saved.id, intent }
}
