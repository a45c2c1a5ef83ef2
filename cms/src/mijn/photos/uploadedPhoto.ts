import type { Payload } from 'payload'

import type { User } from '../../payload-types'

/** Photos from residents and partners: the usual camera and web formats; no SVG (it can carry scripts). */
const PHOTO_TYPES = new Map([
  ['image/jpeg', 'jpg'],
  ['image/png', 'png'],
  ['image/webp', 'webp'],
])
export const MAX_PHOTO_BYTES = 10_000_000

export type PhotoFile = { data: Buffer; mimetype: string; name: string; size: number }

/** The form's photo, checked: `null` when none was chosen, a Dutch message when it cannot be used. */
export const photoFromForm = async (form: FormData, field = 'photo'): Promise<PhotoFile | null | { error: string }> => {
  const file = form.get(field)
  if (!file || typeof file === 'string' || file.size === 0) return null
  const extension = PHOTO_TYPES.get(file.type)
  if (!extension) return { error: 'Kies een foto van het type JPG, PNG of WebP.' }
  if (file.size > MAX_PHOTO_BYTES) return { error: 'Deze foto is te groot. Kies een foto kleiner dan 10 MB.' }
  const data = Buffer.from(await file.arrayBuffer())
  // The name is ours: what the client called the file never reaches the disk.
  return { data, mimetype: file.type, name: `foto-${Date.now()}.${extension}`, size: data.length }
}

/**
 * Stores the photo as the signed-in account (its upload quota applies and it is recorded as the
 * uploader), in the wijk, with the alt text the form asked for.
 */
export const savePhoto = async ({ payload, user, wijkId, file, alt }: { payload: Payload; user: User; wijkId: number; file: PhotoFile; alt: string }) =>
  payload.create({
    collection: 'media',
    data: { alt, tenant: wijkId } as never,
    file,
    user: { ...user, collection: 'users' } as never,
    overrideAccess: false,
  })
