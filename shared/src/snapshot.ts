import { z } from 'zod'

import { EVENT_CATEGORIES } from './eventCategories'
import { isReservedSlug, RESERVED_SLUGS, type SluggedCollection } from './slug'

/**
 * The wijk snapshot: everything a wijk's public site shows, published content only.
 * The CMS validates it before sending; the site builder validates it before building.
 * Bump SNAPSHOT_VERSION on any breaking change so an old builder refuses a new snapshot.
 */
export const SNAPSHOT_VERSION = 1

const isoWithOffset = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/, 'ISO 8601 with offset')
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
const id = z.string().min(1)
const digest = z.string().regex(/^[a-f0-9]{16,64}$/)
const url = z.url({ protocol: /^https?$/ })
const html = z.string()

export const imageVariantSchema = z.object({ url, width: z.number().int().positive(), height: z.number().int().positive() })

export const imageSchema = z.object({
  url,
  alt: z.string().min(1),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  mimeType: z.string(),
  focalPoint: z.object({ x: z.number(), y: z.number() }).nullable(),
  variants: z.record(z.string(), imageVariantSchema),
})

export const addressSchema = z.object({
  street: z.string(),
  houseNumber: z.string(),
  postcode: z.string(),
  city: z.string(),
})

export const geoSchema = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })

export const themeSchema = z.object({ id, slug, name: z.string().min(1), description: z.string() })

export const organisationSchema = z.object({
  id,
  slug,
  name: z.string().min(1),
  kind: z.enum(['organisatie', 'initiatief']),
  summary: z.string(),
  descriptionHtml: html,
  themes: z.array(slug),
  offers: z.array(z.string()),
  logo: imageSchema.nullable(),
  contactPerson: z.object({ name: z.string(), role: z.string(), photo: imageSchema.nullable() }).nullable(),
  address: addressSchema.nullable(),
  geo: geoSchema.nullable(),
  contact: z.object({
    email: z.string().nullable(),
    phone: z.string().nullable(),
    website: url.nullable(),
    whatsapp: z.string().nullable(),
  }),
  openingHours: z.array(z.object({ days: z.string(), hours: z.string() })),
  updatedAt: isoWithOffset,
  digest,
})

export const eventCategorySchema = z.enum(EVENT_CATEGORIES)

export const eventSchema = z.object({
  id,
  slug,
  title: z.string().min(1),
  summary: z.string(),
  descriptionHtml: html,
  category: eventCategorySchema,
  themes: z.array(slug),
  /** Local Europe/Amsterdam time with its offset, e.g. 2026-11-24T18:00:00+01:00. */
  start: isoWithOffset,
  end: isoWithOffset,
  timezone: z.literal('Europe/Amsterdam'),
  /** RRULE without DTSTART (it is `start`); exceptions are local dates that are skipped. */
  recurrence: z.object({ rule: z.string().min(1), exceptions: z.array(localDate) }).nullable(),
  /** Slug of the hosting organisation, when it is in this snapshot. */
  organisation: slug.nullable(),
  place: z.object({ name: z.string().nullable(), address: addressSchema.nullable(), geo: geoSchema.nullable() }).nullable(),
  price: z.object({ cents: z.number().int().nonnegative().nullable(), note: z.string().nullable() }),
  onlineUrl: url.nullable(),
  howToJoin: z.string(),
  image: imageSchema.nullable(),
  status: z.enum(['scheduled', 'cancelled']),
  updatedAt: isoWithOffset,
  digest,
})

export const articleSchema = z.object({
  id,
  slug,
  title: z.string().min(1),
  lead: z.string(),
  bodyHtml: html,
  image: imageSchema.nullable(),
  authorName: z.string(),
  publishedAt: isoWithOffset,
  updatedAt: isoWithOffset,
  digest,
})

export const postSchema = z.object({
  id,
  kind: z.enum(['vraag', 'aanbod']),
  title: z.string().min(1),
  body: z.string(),
  image: imageSchema.nullable(),
  authorName: z.string(),
  publishedAt: isoWithOffset,
  expiresAt: isoWithOffset,
  digest,
})

export const wijkSchema = z.object({
  id,
  slug,
  name: z.string().min(1),
  domain: z.string().min(1),
  siteUrl: url,
  tagline: z.string(),
  city: z.string(),
  colors: z.object({ primary: z.string().regex(/^#[0-9a-fA-F]{6}$/), accent: z.string().regex(/^#[0-9a-fA-F]{6}$/) }),
  logo: imageSchema.nullable(),
  contact: z.object({ email: z.string().nullable(), phone: z.string().nullable(), address: addressSchema.nullable() }),
})

const uniqueSlugs = <T extends { slug: string }>(items: T[]) => new Set(items.map((i) => i.slug)).size === items.length

export const wijkSnapshotSchema = z
  .object({
    version: z.literal(SNAPSHOT_VERSION),
    generatedAt: isoWithOffset,
    wijk: wijkSchema,
    themes: z.array(themeSchema).refine(uniqueSlugs, 'theme slugs must be unique'),
    organisations: z.array(organisationSchema).refine(uniqueSlugs, 'organisation slugs must be unique'),
    events: z.array(eventSchema).refine(uniqueSlugs, 'event slugs must be unique'),
    articles: z.array(articleSchema).refine(uniqueSlugs, 'article slugs must be unique'),
    posts: z.array(postSchema),
  })
  .superRefine((snapshot, ctx) => {
    const themes = new Set(snapshot.themes.map((t) => t.slug))
    const organisations = new Set(snapshot.organisations.map((o) => o.slug))
    for (const [i, item] of [...snapshot.organisations, ...snapshot.events].entries()) {
      for (const theme of item.themes) {
        if (!themes.has(theme)) ctx.addIssue({ code: 'custom', message: `unknown theme "${theme}"`, path: ['themes', i] })
      }
    }
    for (const collection of Object.keys(RESERVED_SLUGS) as SluggedCollection[]) {
      for (const [i, item] of snapshot[collection].entries()) {
        if (isReservedSlug(collection, item.slug))
          ctx.addIssue({ code: 'custom', message: `slug "${item.slug}" is taken by a page of the site itself`, path: [collection, i, 'slug'] })
      }
    }
    for (const [i, event] of snapshot.events.entries()) {
      if (event.organisation && !organisations.has(event.organisation)) {
        ctx.addIssue({ code: 'custom', message: `unknown organisation "${event.organisation}"`, path: ['events', i, 'organisation'] })
      }
    }
  })

export type ImageRef = z.infer<typeof imageSchema>
export type Address = z.infer<typeof addressSchema>
export type Geo = z.infer<typeof geoSchema>
export type SnapshotTheme = z.infer<typeof themeSchema>
export type SnapshotOrganisation = z.infer<typeof organisationSchema>
export type SnapshotEvent = z.infer<typeof eventSchema>
export type SnapshotArticle = z.infer<typeof articleSchema>
export type SnapshotPost = z.infer<typeof postSchema>
export type SnapshotWijk = z.infer<typeof wijkSchema>
export type WijkSnapshot = z.infer<typeof wijkSnapshotSchema>
export type EventCategory = z.infer<typeof eventCategorySchema>
