import { defineCollection } from 'astro:content'

import { articleSchema, eventSchema, organisationSchema, postSchema, themeSchema, wijkSchema } from '@wijk/shared/snapshot'

import { loadSnapshot } from './lib/snapshotFile'

/** Every collection comes from the one wijk snapshot; schemas are the shared contract. */
const fromSnapshot = <T extends { id?: string; slug?: string }>(pick: () => T[], key: (item: T) => string) =>
  async () => pick().map((item) => ({ ...item, id: key(item) }))

const bySlug = (item: { slug?: string }) => item.slug as string

export const collections = {
  wijk: defineCollection({ loader: fromSnapshot(() => [loadSnapshot().wijk], () => 'wijk'), schema: wijkSchema }),
  themes: defineCollection({ loader: fromSnapshot(() => loadSnapshot().themes, bySlug), schema: themeSchema.omit({ id: true }) }),
  organisations: defineCollection({ loader: fromSnapshot(() => loadSnapshot().organisations, bySlug), schema: organisationSchema.omit({ id: true }) }),
  events: defineCollection({ loader: fromSnapshot(() => loadSnapshot().events, bySlug), schema: eventSchema.omit({ id: true }) }),
  articles: defineCollection({ loader: fromSnapshot(() => loadSnapshot().articles, bySlug), schema: articleSchema.omit({ id: true }) }),
  posts: defineCollection({ loader: fromSnapshot(() => loadSnapshot().posts, (p: { id?: string }) => p.id as string), schema: postSchema }),
}
