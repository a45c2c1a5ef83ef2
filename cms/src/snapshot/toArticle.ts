import type { SnapshotArticle } from '@wijk/shared/snapshot'

import { toAmsterdamIso } from '@wijk/shared/time'

import type { Article } from '../payload-types'
import { withDigest } from './digest'
import { imageRef } from './imageRef'
import { richTextToSafeHtml } from './richTextToSafeHtml'

export const toArticle = (doc: Article, baseUrl: string): SnapshotArticle =>
  withDigest({
    id: String(doc.id),
    slug: doc.slug,
    title: doc.title,
    lead: doc.lead,
    bodyHtml: richTextToSafeHtml(doc.body),
    image: imageRef(doc.image, baseUrl),
    authorName: doc.authorName,
    publishedAt: toAmsterdamIso(new Date(doc.publishedAt ?? doc.createdAt)),
    updatedAt: toAmsterdamIso(new Date(doc.updatedAt)),
  })
