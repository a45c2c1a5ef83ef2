/**
 * What a save changed on the site, as one comparable string: the collection's own row (what the
 * public API and the snapshot read) without its bookkeeping timestamps, which every save moves.
 * Two equal fingerprints mean the save changed nothing a visitor can see, so no rebuild is due.
 */
const BOOKKEEPING = new Set(['updatedAt', 'createdAt'])

const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.keys(value)
        .filter((key) => !BOOKKEEPING.has(key))
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    )
  }
  return value
}

export const publicFingerprint = (row: Record<string, unknown> | null | undefined): string => JSON.stringify(canonical(row ?? null))
