import type { Media } from '../../payload-types'

import { asActor, type MijnActor } from '../activities/mijnActor'

/**
 * Photos residents and partners send with a form (buurtkrant, prikbord, activity, organisation):
 * JPEG, PNG or WebP, recognised by their first bytes (no SVG: it can carry script), at most 8 MB,
 * always with an alt text, stored in the wijk's media as the person who sent them.
 */
export const PHOTO_MAX_BYTES = 8 * 1024 * 1024
export const ALT_MAX = 200

const SIGNATURES: Array<{ mimetype: string; extension: string; test: (b: Buffer) => boolean }> = [
  { mimetype: 'image/jpeg', extension: 'jpg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mimetype: 'image/png', extension: 'png', test: (b) => b.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47])) },
  { mimetype: 'image/webp', extension: 'webp', test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
]

/** Photo problems, by code: a page can show them after a redirect (the file itself cannot survive one). */
export const PHOTO_ERRORS = {
  groot: 'Deze foto is te groot. Kies een foto van hoogstens 8 MB.',
  soort: 'Dit is geen foto die we kunnen gebruiken. Kies een JPG-, PNG- of WebP-foto.',
  alt: 'Beschrijf wat er op de foto staat, voor wie hem niet kan zien. Kies daarna de foto opnieuw.',
  teveel: "Je kunt nu geen foto meer toevoegen: je hebt het maximum aantal foto's bereikt. Probeer het morgen opnieuw, of vraag de redactie om hulp.",
} as const
export type PhotoError = keyof typeof PHOTO_ERRORS

export const photoErrorOf = (code: unknown): string | null => (typeof code === 'string' && code in PHOTO_ERRORS ? PHOTO_ERRORS[code as PhotoError] : null)

export type CheckedPhoto = { data: Buffer; mimetype: string; name: string; size: number }

/** A form's file field: nothing chosen is `null`; otherwise the photo, or the code of what is wrong with it. */
export const checkPhoto = async (file: unknown): Promise<CheckedPhoto | null | { error: PhotoError }> => {
  if (!file || typeof file === 'string' || typeof (file as Blob).arrayBuffer !== 'function') return null
  const blob = file as Blob
  if (blob.size === 0) return null
  if (blob.size > PHOTO_MAX_BYTES) return { error: 'groot' }
  const data = Buffer.from(await blob.arrayBuffer())
  const kind = SIGNATURES.find(({ test }) => test(data))
  if (!kind) return { error: 'soort' }
  // The file name is ours: what the browser called the file never reaches the disk.
  return { data, mimetype: kind.mimetype, name: `foto-${Date.now()}.${kind.extension}`, size: data.length }
}

/**
 * Stores the photo in the wijk's media with its alt text, as the signed-in person (their upload quota
 * applies and they are recorded as the uploader).
 */
export const storePhoto = async ({ payload, user, wijk }: MijnActor, photo: CheckedPhoto, alt: string): Promise<Media> =>
  payload.create({ collection: 'media', data: { alt, tenant: wijk.id } as never, file: photo, ...asActor({ user }) })

/** Changes the alt text of the person's own photo (allowed while no site shows it, see Media access). */
export const updatePhotoAlt = async ({ payload, user }: MijnActor, mediaId: number, alt: string) =>
  payload.update({ collection: 'media', id: mediaId, data: { alt }, ...asActor({ user }) })
