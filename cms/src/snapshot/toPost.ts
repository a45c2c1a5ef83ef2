import type { SnapshotPost } from '@wijk/shared/snapshot'

import { toAmsterdamIso } from '@wijk/shared/time'

import type { Post } from '../payload-types'
import { withDigest } from './digest'
import { imageRef } from './imageRef'

/** Only published posts reach the snapshot, and a post is complete from "submitted" on (a concept may not be). */
export const toPost = (doc: Post, baseUrl: string): SnapshotPost =>
  withDigest({
    id: String(doc.id),
    kind: doc.kind ?? 'vraag',
    title: doc.title ?? '',
    body: doc.body ?? '',
    image: imageRef(doc.image, baseUrl),
    authorName: doc.authorName ?? '',
    publishedAt: toAmsterdamIso(new Date(doc.publishedAt ?? doc.createdAt)),
    expiresAt: toAmsterdamIso(new Date(doc.expiresAt)),
  })
