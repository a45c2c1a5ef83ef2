/** Slugs of populated relationships; unpopulated ids (e.g. a theme that is not readable) are dropped. */
export const slugsOf = (refs: unknown): string[] =>
  Array.isArray(refs) ? refs.flatMap((ref) => (ref && typeof ref === 'object' && typeof ref.slug === 'string' ? [ref.slug] : [])) : []

export const slugOf = (ref: unknown): string | null =>
  ref && typeof ref === 'object' && typeof (ref as { slug?: unknown }).slug === 'string' ? (ref as { slug: string }).slug : null
