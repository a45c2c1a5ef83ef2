import { createHash } from 'node:crypto'

/** A content digest per item: the site builder uses it as the cache key of that item's pages. */
const digestOf = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32)

export const withDigest = <T extends object>(item: T): T & { digest: string } => ({ ...item, digest: digestOf(item) })
