import type { ImageRef } from '@wijk/shared/snapshot'

type SizeDoc = { url?: string | null; width?: number | null; height?: number | null }
type MediaDoc = {
  url?: string | null
  alt?: string | null
  width?: number | null
  height?: number | null
  mimeType?: string | null
  focalX?: number | null
  focalY?: number | null
  sizes?: Record<string, SizeDoc | undefined> | null
}

const absolute = (url: string, baseUrl: string) => new URL(url, baseUrl).toString()

/** A populated upload as the site needs it: absolute URLs, real dimensions, alt text. */
export const imageRef = (value: unknown, baseUrl: string): ImageRef | null => {
  if (!value || typeof value !== 'object') return null
  const media = value as MediaDoc
  if (!media.url || !media.width || !media.height || !media.alt) return null
  const variants: ImageRef['variants'] = {}
  for (const [name, size] of Object.entries(media.sizes ?? {})) {
    if (size?.url && size.width && size.height) {
      variants[name] = { url: absolute(size.url, baseUrl), width: size.width, height: size.height }
    }
  }
  const hasFocus = typeof media.focalX === 'number' && typeof media.focalY === 'number'
  return {
    url: absolute(media.url, baseUrl),
    alt: media.alt,
    width: media.width,
    height: media.height,
    mimeType: media.mimeType ?? 'image/jpeg',
    focalPoint: hasFocus ? { x: media.focalX as number, y: media.focalY as number } : null,
    variants,
  }
}
