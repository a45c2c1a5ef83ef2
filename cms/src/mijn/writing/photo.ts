import type { Payload } from 'payload'

import type { Media, User, Wijken } from '../../payload-types'

/** Photos residents may send: JPEG, PNG or WebP (no SVG: it can carry script), at most 8 MB. */
export const PHOTO_MAX_BYTES = 8 * 1024 * 1024
export const ALT_MAX = 200

const SIGNATURES: Array<{ mimetype: string; ext: string; test: (b: Uint8Array) => boolean }> = [
  { mimetype: 'image/jpeg', ext: 'jpg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mimetype: 'image/png', ext: 'png', test: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
  {
    mimetype: 'image/webp',
    ext: 'webp',
    test: (b) => String.fromCharCode(...b.slice(0, 4)) === 'RIFF' && String.fromCharCode(...b.slice(8, 12)) === 'WEBP',
  },
]

/** Photo problems a page shows after a redirect (by code: the file itself cannot survive a redirect). */
export const PHOTO_ERRORS = {
  groot: 'Deze foto is te groot. Kies een foto van hoogstens 8 MB.',
  soort: 'Dit is geen foto die we kunnen gebruiken. Kies een JPG-, PNG- of WebP-foto.',
  alt: 'Beschrijf wat er op de foto staat, voor wie hem niet kan zien. Kies daarna de foto opnieuw.',
  teveel: "Je kunt nu geen foto meer toevoegen: je hebt het maximum aantal foto's bereikt. Probeer het morgen opnieuw, of vraag de redactie om hulp.",
} as const
export type PhotoError = keyof typeof PHOTO_ERRORS

export const photoErrorOf = (code: unknown): string | null => (typeof code === 'string' && code in PHOTO_ERRORS ? PHOTO_ERRORS[code as PhotoError] : null)

export type CheckedPhoto = { data: Buffer; mimetype: string; name: string; size: number }

/** A form's file field: nothing chosen is `null`; otherwise the photo, or a Dutch message saying what to do. */
export const checkPhoto = async (file: unknown): Promise<CheckedPhoto | null | { error: PhotoError }> => {
  if (!file || typeof file === 'string' || typeof (file as Blob).arrayBuffer !== 'function') return null
  const blob = file as File
  if (blob.size === 0) return null
  if (blob.size > PHOTO_MAX_BYTES) return { error: 'groot' }
  const data = Buffer.from(await blob.arrayBuffer())
  const kind = SIGNATURES.find(({ test }) => test(data))
  if (!kind) return { error: 'soort' }
  // The file name is ours: what the browser sent may hold a path or odd characters.
  return { data, mimetype: kind.mimetype, name: `foto-${Date.now()}.${kind.ext}`, size: data.length }
}

type Who = { payload: Payload; user: User; wijk: Wijken }

/** Stores the photo in the wijk's media with its alt text, as the resident (their upload quota applies). */
export const storePhoto = async ({ payload, user, wijk }: Who, photo: CheckedPhoto, alt: string): Promise<Media> =>
  payload.create({
    collection: 'media',
    data: { alt, tenant: wijk.id } as never,
    file: photo,
    user,
    overrideAccess: false,
  })

/** Changes the alt text of the resident's own photo (allowed while no site shows it, see Media access). */
export const updatePhotoAlt = async ({ payload, user }: Who, mediaId: number, alt: string) =>
  payload.update({ collection: 'media', id: mediaId, data: { alt }, user, overrideAccess: false })
