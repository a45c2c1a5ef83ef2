import { z } from 'zod'

import {
  type SnapshotArticle,
  type SnapshotEvent,
  type SnapshotOrganisation,
  type SnapshotPost,
  type SnapshotTheme,
  type WijkSnapshot,
  wijkSnapshotSchema,
} from '@wijk/shared/snapshot'

import { SnapshotInvalidError } from './snapshotInvalidError'

const uniqueSlugs = (items: { slug: string }[]) => new Set(items.map((i) => i.slug)).size === items.length

/**
 * The snapshot schema for lists whose items were each validated when they were converted: the items
 * pass as they are, everything else (the wijk, uniqueness, themes and organisations that events and
 * organisations name) is checked as the full schema does.
 */
const assembledSchema = wijkSnapshotSchema.safeExtend({
  themes: z.array(z.custom<SnapshotTheme>()).refine(uniqueSlugs),
  organisations: z.array(z.custom<SnapshotOrganisation>()).refine(uniqueSlugs),
  events: z.array(z.custom<SnapshotEvent>()).refine(uniqueSlugs),
  articles: z.array(z.custom<SnapshotArticle>()).refine(uniqueSlugs),
  posts: z.array(z.custom<SnapshotPost>()),
})

/**
 * The snapshot as `wijkSnapshotSchema` returns it. `itemsValid`: every item is the output of its own
 * schema. When anything fails, the full schema names the issues, exactly as without the cache.
 */
export const checkAssembled = (snapshot: Record<keyof WijkSnapshot, unknown>, itemsValid: boolean): WijkSnapshot => {
  if (itemsValid) {
    const assembled = assembledSchema.safeParse(snapshot)
    if (assembled.success) return assembled.data
  }
  const full = wijkSnapshotSchema.safeParse(snapshot)
  if (!full.success) throw new SnapshotInvalidError(full.error.issues)
  return full.data
}
