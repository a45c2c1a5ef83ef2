/** A resident's or partner's own photo through Mijn buurt (the wijk's domain passes only /mijn/ to the CMS). */
const mijnPhotoUrl = (id: number | string, size?: 'thumbnail' | 'card' | 'hero') => `/mijn/foto/${id}/${size ? `?maat=${size}` : ''}`

/** The photo of a field (populated or not) for a form or preview: its Mijn buurt address and alt text. */
export const photoOf = (ref: unknown, size: 'thumbnail' | 'card' | 'hero' = 'card'): { url: string; alt: string } | null => {
  if (!ref) return null
  if (typeof ref === 'object' && 'id' in ref) {
    const media = ref as { id: number; alt?: string | null }
    return { url: mijnPhotoUrl(media.id, size), alt: media.alt ?? '' }
  }
  return typeof ref === 'number' ? { url: mijnPhotoUrl(ref, size), alt: '' } : null
}
