import { defineCollection } from 'astro:content'
import { z } from 'zod'

import { articleSchema, eventSchema, organisationSchema, postSchema, themeSchema, wijkSchema } from '@wijk/shared/snapshot'

import { loadSnapshot } from './lib/snapshotFile'

/** Every collection comes from the one wijk snapshot; schemas are the shared contract. */
const fromSnapshot =
  <T extends { id?: string; slug?: string }>(pick: () => T[], key: (item: T) => string) =>
  async () =>
    pick().map((item) => ({ ...item, id: key(item) }))

const bySlug = (item: { slug?: string }) => item.slug as string

/** An event keeps its CMS id (a stable iCal UID) as `cmsId`: its entry id is the slug. */
const eventsWithCmsId = () => loadSnapshot().events.map((event) => ({ ...event, cmsId: event.id }))

export const collections = {
  wijk: defineCollection({
    loader: fromSnapshot(
      () => [loadSnapshot().wijk],
      () => 'wijk',
    ),
    schema: wijkSchema,
  }),
  themes: defineCollection({ loader: fromSnapshot(() => loadSnapshot().themes, bySlug), schema: themeSchema.omit({ id: true }) }),
  organisations: defineCollection({ loader: fromSnapshot(() => loadSnapshot().organisations, bySlug), schema: organisationSchema.omit({ id: true }) }),
  events: defineCollection({ loader: fromSnapshot(eventsWithCmsId, bySlug), schema: eventSchema.omit({ id: true }).extend({ cmsId: z.string() }) }),
  articles: defineCollection({ loader: fromSnapshot(() => loadSnapshot().articles, bySlug), schema: articleSchema.omit({ id: true }) }),
  posts: defineCollection({
    loader: fromSnapshot(
      () => loadSnapshot().posts,
      (p: { id?: string }) => p.id as string,
    ),
    schema: postSchema,
  }),
}
