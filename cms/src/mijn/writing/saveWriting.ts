import { fieldErrors } from '../../public/dutchIssues'
import { EDITABLE_STATES, type Intent, WITHDRAWABLE_STATES } from './intent'
import { findOwn, type OwnDoc, photoOf } from './findOwn'
import { checkPhoto, PHOTO_ERRORS, type PhotoError, storePhoto, updatePhotoAlt } from '../photos/photo'
import type { Who } from './who'
import type { PhotoValues, WritingKind } from './writingKind'

export type SaveResult =
  /**
   * Stored. `errors` when "Indienen" was asked but something is missing: kept as a concept, shown next
   * to the fields. `photoError`: the photo was not stored (and why), the words were.
   */
  | { outcome: 'saved'; doc: OwnDoc; submitted: boolean; errors: Record<string, string>; photoError?: PhotoError }
  /** Input no form sends (far too long, not text): nothing stored. */
  | { outcome: 'refused'; errors: Record<string, string> }
  /** Not theirs, not in this wijk, or not there. */
  | { outcome: 'not-found' }
  /** Theirs, but not in a state in which this can be done (waits for the redactie, published, rejected). */
  | { outcome: 'locked'; doc: OwnDoc; message: string }

const LOCKED: Record<string, string> = {
  submitted: 'Dit stuk wacht op de redactie. Wil je nog iets veranderen? Trek het dan eerst in.',
  published: 'Dit staat al op de site. Vraag de redactie als er iets moet veranderen.',
  rejected: 'De redactie heeft dit niet geplaatst. Je kunt het niet meer veranderen.',
  withdrawn: 'Dit is al ingetrokken.',
}

const statusOf = (doc: OwnDoc | null) => doc?.editorialStatus ?? 'draft'

/** Payload's upload quota (429) refused the photo. */
const isRefusal = (error: unknown): boolean => (error as { status?: number }).status === 429

type Input = { id?: unknown; raw: Record<string, unknown>; photo?: unknown; intent: Exclude<Intent, 'intrekken' | 'sluiten'> }

/**
 * Saves what the resident typed with their own access. A concept keeps everything; "Indienen"
 * submits when every rule holds and otherwise keeps the concept and says per field what to do.
 */
export const saveWriting = async <Values extends PhotoValues, Doc>(
  who: Who,
  kind: WritingKind<Values, Doc>,
  { id, raw, photo, intent }: Input,
): Promise<SaveResult> => {
  const parsed = kind.draftSchema.safeParse(raw)
  if (!parsed.success) return { outcome: 'refused', errors: fieldErrors(parsed.error) }
  const values = parsed.data
  const existing = id === undefined || id === '' || id === null ? null : await findOwn(who, kind.collection, id)
  if (id !== undefined && id !== '' && id !== null && !existing) return { outcome: 'not-found' }
  if (existing && !EDITABLE_STATES.has(statusOf(existing))) return { outcome: 'locked', doc: existing, message: LOCKED[statusOf(existing)] ?? '' }

  const errors: Record<string, string> = {}
  let photoError: PhotoError | undefined
  const checked = await checkPhoto(photo)
  const current = photoOf(existing)
  let imageId: number | null = values.removePhoto ? null : (current?.id ?? null)
  if (checked && 'error' in checked) photoError = checked.error
  else if (checked) {
    if (!values.photoAlt) photoError = 'alt'
    else {
      try {
        imageId = (await storePhoto(who, checked, values.photoAlt)).id
      } catch (error) {
        if (!isRefusal(error)) throw error
        photoError = 'teveel'
      }
    }
  } else if (imageId && current && values.photoAlt && values.photoAlt !== current.alt) {
    // An emptied alt text keeps the old one: a photo always has one.
    await updatePhotoAlt(who, imageId, values.photoAlt)
  }

  if (photoError) errors[photoError === 'alt' ? 'photoAlt' : 'photo'] = PHOTO_ERRORS[photoError]
  let submitted = false
  if (intent === 'indienen') {
    const strict = kind.submitSchema.safeParse(values)
    if (!strict.success) Object.assign(errors, fieldErrors(strict.error))
    submitted = Object.keys(errors).length === 0
  }
  const from = statusOf(existing)
  // Saving a withdrawn piece takes it back as a concept; "Indienen" is the only way to the redactie.
  const editorialStatus = submitted ? 'submitted' : from === 'withdrawn' ? 'draft' : from
  const data = { ...kind.toData(values), image: imageId, editorialStatus }
  const common = { depth: 1, user: who.user, overrideAccess: false, ...(kind.drafts ? { draft: true } : {}) } as const
  const doc = existing
    ? await who.payload.update({ collection: kind.collection, id: existing.id, data: data as never, ...common })
    : await who.payload.create({ collection: kind.collection, data: { ...data, tenant: who.wijk.id } as never, ...common })
  return { outcome: 'saved', doc: doc as OwnDoc, submitted, errors, ...(photoError ? { photoError } : {}) }
}

/** "Trek in": the resident withdraws a piece the site does not show; the redactie cannot publish it until they submit it again. */
export const withdrawWriting = async (who: Who, collection: 'articles' | 'posts', id: unknown): Promise<SaveResult> => {
  const existing = await findOwn(who, collection, id)
  if (!existing) return { outcome: 'not-found' }
  if (!WITHDRAWABLE_STATES.has(statusOf(existing))) return { outcome: 'locked', doc: existing, message: LOCKED[statusOf(existing)] ?? '' }
  const doc = await who.payload.update({
    collection,
    id: existing.id,
    data: { editorialStatus: 'withdrawn' } as never,
    depth: 1,
    user: who.user,
    overrideAccess: false,
    ...(collection === 'articles' ? { draft: true } : {}),
  })
  return { outcome: 'saved', doc: doc as OwnDoc, submitted: false, errors: {} }
}

/** "Sluit mijn oproep": the poster closes their published prikbord post (the existing `closed` field). */
export const closePost = async (who: Who, id: unknown): Promise<SaveResult> => {
  const existing = await findOwn(who, 'posts', id)
  if (!existing) return { outcome: 'not-found' }
  if (statusOf(existing) !== 'published' || (existing as { closed?: boolean }).closed)
    return { outcome: 'locked', doc: existing, message: 'Alleen een bericht dat op het prikbord staat kun je sluiten.' }
  const doc = await who.payload.update({ collection: 'posts', id: existing.id, data: { closed: true }, depth: 1, user: who.user, overrideAccess: false })
  return { outcome: 'saved', doc: doc as OwnDoc, submitted: false, errors: {} }
}

/** The errors "Indienen" would give for what is stored now (shown next to the fields after a failed submit). */
export const checkForSubmit = <Values extends PhotoValues, Doc>(kind: WritingKind<Values, Doc>, doc: OwnDoc): Record<string, string> => {
  const values = kind.fromDoc(doc as Doc, photoOf(doc)?.alt ?? '')
  const strict = kind.submitSchema.safeParse(values)
  return strict.success ? {} : fieldErrors(strict.error)
}
