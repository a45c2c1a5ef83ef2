import type { Payload } from 'payload'

import type { User } from '../../payload-types'

/** Photos from residents and partners: JPEG, PNG or WebP, recognised by their first bytes (no SVG: it can carry scripts). */
const SIGNATURES: Array<{ mimetype: string; extension: string; test: (b: Buffer) => boolean }> = [
  { mimetype: 'image/jpeg', extension: 'jpg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mimetype: 'image/png', extension: 'png', test: (b) => b.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47])) },
  { mimetype: 'image/webp', extension: 'webp', test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
]
const MAX_PHOTO_BYTES = 8 * 1024 * 1024

export type PhotoFile = { data: Buffer; mimetype: string; name: string; size: number }

/** The form's photo, checked: `null` when none was chosen, a Dutch message when it cannot be used. */
export const checkedPhoto = async (file: unknown): Promise<PhotoFile | null | { error: string }> => {
  if (!file || typeof file === 'string' || typeof (file as Blob).arrayBuffer !== 'function') return null
  const blob = file as Blob
  if (blob.size === 0) return null
  if (blob.size > MAX_PHOTO_BYTES) return { error: 'Deze foto is te groot. Kies een foto van hoogstens 8 MB.' }
  const data = Buffer.from(await blob.arrayBuffer())
  const kind = SIGNATURES.find(({ test }) => test(data))
  if (!kind) return { error: 'Dit is geen foto die we kunnen gebruiken. Kies een JPG-, PNG- of WebP-foto.' }
  // The name is ours: what the browser called the file never reaches the disk.
  return { data, mimetype: kind.mimetype, name: `foto-${Date.now()}.${kind.extension}`, size: data.length }
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
