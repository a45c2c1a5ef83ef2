/** A resident's own photo through Mijn buurt (the wijk's domain passes only /mijn/ to the CMS). */
export const photoUrl = (id: number | string, size?: 'thumbnail' | 'card' | 'hero') => `/mijn/foto/${id}/${size ? `?maat=${size}` : ''}`
