const MAX_LENGTH = 80

// Letters that Unicode normalisation does not decompose into ASCII.
const SPECIAL_LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th' }

/**
 * URL-safe slug: "Café 't Hoekje & Zo" → "cafe-t-hoekje-en-zo".
 * NFKD (rather than NFD) also splits compatibility characters such as the
 * Dutch "ĳ" ligature into plain letters.
 */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[ßæœøłđþ]/g, (c) => SPECIAL_LETTERS[c] ?? c)
      .replace(/&/g, ' en ')
      // Apostrophes vanish instead of splitting words: "zo'n" → "zon", not "zo-n".
      .replace(/['’‘`´]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, MAX_LENGTH)
      .replace(/-+$/, '')
  )
}

/**
 * Slugs the site itself uses next to a collection's pages: an event called "Print" must not become
 * /agenda/print/, the print agenda, nor "Maand" /agenda/maand/. The CMS refuses them, the snapshot
 * schema too (a build fails rather than lose a page), and sites/tests/reservedSlugs.test.ts checks
 * this list against the site's own folders.
 */
export const RESERVED_SLUGS = {
  events: ['categorie', 'maand', 'print'],
  organisations: [],
  articles: [],
  themes: [],
} as const satisfies Record<string, readonly string[]>

export type SluggedCollection = keyof typeof RESERVED_SLUGS

/** Whether `slug` is taken by the site next to `collection`'s pages (false for a collection without pages of its own). */
export const isReservedSlug = (collection: string, slug: string): boolean =>
  ((RESERVED_SLUGS as Record<string, readonly string[]>)[collection] ?? []).includes(slug)
