import type { Event } from '../../payload-types'

import { amsterdamDateKey } from '@wijk/shared/time'

import { fieldErrors } from '../../public/dutchIssues'
import { photoFromForm, savePhoto } from '../photos/uploadedPhoto'
import { activitySchema } from './activitySchema'
import { activityValuesFrom, type ActivityFormValues } from './activityValues'
import { eventDataOf } from './eventData'
import { findOwnActivity } from './findOwnActivity'
import { asActor, type MijnActor, partnerOrganisationId } from './mijnActor'

/** The form's three buttons: keep the draft, keep it and look at the preview, keep it and send it to the redactie. */
export const INTENTS = ['draft', 'preview', 'submit'] as const
export type Intent = (typeof INTENTS)[number]
export const intentOf = (value: FormDataEntryValue | null): Intent => (INTENTS.includes(value as Intent) ? (value as Intent) : 'draft')

export type SaveActivityResult =
  { ok: true; id: number; intent: Intent } | { ok: false; status: 400 | 403 | 404; message: string; errors: Record<string, string>; values: ActivityFormValues }

/** Who may use "Ik organiseer iets" / "Nieuwe activiteit": residents, and partners linked to an organisation. */
export const mayOrganise = (actor: Pick<MijnActor, 'user'>) => actor.user.role === 'writer' || partnerOrganisationId(actor.user) !== undefined

/**
 * Saves a resident's proposal or a partner's activity as a Payload DRAFT, as the signed-in person
 * (their access, never overrideAccess). Bad input stores nothing and comes back with the typed
 * values and one Dutch message per field, so nothing is lost. "Indienen" passes
 * `context.submitForReview`, from which the redactie's hook records that it waits for them.
 */
export const saveActivity = async (
  actor: MijnActor,
  { id, form, now = new Date() }: { id?: string | number; form: FormData; now?: Date },
): Promise<SaveActivityResult> => {
  const values = activityValuesFrom(form)
  const intent = intentOf(form.get('intent'))
  const refuse = (status: 400 | 403 | 404, message: string, errors: Record<string, string> = {}) => ({ ok: false as const, status, message, errors, values })

  if (!mayOrganise(actor)) return refuse(403, 'Alleen bewoners en partnerorganisaties kunnen hier een activiteit aanmelden.')
  const previous = id === undefined ? null : await findOwnActivity(actor, id)
  if (id !== undefined && !previous) return refuse(404, 'Deze activiteit bestaat niet of is niet van jou.')

  const schema = activitySchema({ placeRequired: actor.user.role === 'writer', earliestDate: previous ? undefined : amsterdamDateKey(now) })
  const parsed = schema.safeParse(values)
  const errors = parsed.success ? {} : fieldErrors(parsed.error)
  const photo = await photoFromForm(form)
  if (photo && 'error' in photo) errors.photo = photo.error
  else if (photo && !values.photoAlt.trim()) errors.photoAlt = 'Beschrijf kort wat er op de foto staat, voor wie niet kan zien.'
  if (!parsed.success || Object.keys(errors).length > 0)
    return refuse(400, 'Er ontbreekt nog iets of iets klopt niet. Kijk de velden met een melding na.', errors)

  const data: Record<string, unknown> = eventDataOf(parsed.data, previous)
  const options = { draft: true, depth: 0, ...asActor(actor), ...(intent === 'submit' ? { context: { submitForReview: true } } : {}) }
  if (photo && !('error' in photo)) {
    const media = await savePhoto({ payload: actor.payload, user: actor.user, wijkId: actor.wijk.id, file: photo, alt: parsed.data.photoAlt! })
    data.image = media.id
  } else if (form.get('removePhoto') === 'on') data.image = null

  let saved: Event
  if (previous) {
    saved = await actor.payload.update({ collection: 'events', id: previous.id, data: data as never, ...options })
  } else {
    const organisation = partnerOrganisationId(actor.user)
    Object.assign(data, { tenant: actor.wijk.id, _status: 'draft' }, actor.user.role === 'partner' ? { organisation } : {})
    saved = await actor.payload.create({ collection: 'events', data: data as never, ...options })
  }
  return { ok: true, id: saved.id, intent }
}
