import React from 'react'

import type { Media } from '../../../payload-types'
import { endOfDay, type PostValues } from '../../posts/postForm'
import { formatDate } from './formatDate'
import { photoUrl } from './photoUrl'

/** How the post will look on the prikbord: the site's card (sites/src/components/PostCard.astro). */
export const PostPreview = ({ values, photo, date, expiresAt }: { values: PostValues; photo: Media | null; date: string; expiresAt: string }) => {
  const vraag = values.kind !== 'aanbod'
  const until = endOfDay(values.visibleUntil) ?? new Date(expiresAt)
  return (
    <section aria-labelledby="voorbeeld-kaart" className="preview">
      <h2 id="voorbeeld-kaart" className="preview__label">
        Zo komt je bericht op het prikbord
      </h2>
      <div className={`preview-post ${vraag ? 'preview-post--vraag' : 'preview-post--aanbod'}`}>
        <p className="preview-post__kind">{values.kind === 'aanbod' ? 'Aanbod' : values.kind === 'vraag' ? 'Vraag' : 'Vraag of aanbod?'}</p>
        <p className="preview-post__title">{values.title || '(nog zonder titel)'}</p>
        {photo && (
          // eslint-disable-next-line @next/next/no-img-element
          <img className="preview-post__photo" src={photoUrl(photo.id, 'card')} alt={photo.alt} />
        )}
        <p className="preview-post__body">{values.body}</p>
        <dl className="preview-post__meta">
          <dt>Van</dt>
          <dd className="preview-post__name">{values.authorName || '(je naam)'}</dd>
          <dt>Geplaatst</dt>
          <dd>{formatDate(date)}</dd>
          <dt>Tot en met</dt>
          <dd>{formatDate(until)}</dd>
        </dl>
      </div>
    </section>
  )
}
