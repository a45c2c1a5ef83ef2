import React from 'react'

import type { Media } from '../../../payload-types'
import type { ArticleValues } from '../../articles/articleForm'
import { formatDate } from './formatDate'
import { photoUrl } from './photoUrl'

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)

/**
 * How the piece will look on the site: the buurtkrant page (sites/src/pages/buurtkrant/[slug].astro)
 * and its card in the overview (sites/src/components/ArticleCard.astro), in the same shapes and order.
 */
export const ArticlePreview = ({ values, photo, date }: { values: ArticleValues; photo: Media | null; date: string }) => (
  <>
    <section aria-labelledby="voorbeeld-pagina" className="preview">
      <h2 id="voorbeeld-pagina" className="preview__label">
        Zo komt je stuk op de site
      </h2>
      <article className="preview-article">
        <p className="preview-article__title">{values.title || '(nog zonder titel)'}</p>
        {values.lead && <p className="preview-article__lead">{values.lead}</p>}
        <p className="preview-article__meta">
          Door <strong>{values.authorName || '(je naam)'}</strong> <span aria-hidden="true">·</span> {formatDate(date)}
        </p>
        {photo && (
          <div className="preview-article__photo">
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={photoUrl(photo.id, 'hero')} alt={photo.alt} />
          </div>
        )}
        <div className="preview-article__body">
          {paragraphs(values.body).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      </article>
    </section>
    <section aria-labelledby="voorbeeld-kaart" className="preview">
      <h2 id="voorbeeld-kaart" className="preview__label">
        Zo staat het in het overzicht van de buurtkrant
      </h2>
      <div className="preview-card">
        {photo ? (
          // eslint-disable-next-line @next/next/no-img-element
          <img className="preview-card__photo" src={photoUrl(photo.id, 'card')} alt={photo.alt} />
        ) : (
          <div className="preview-card__photo preview-card__photo--leeg" aria-hidden="true" />
        )}
        <div className="preview-card__text">
          <p className="preview-card__title">{values.title || '(nog zonder titel)'}</p>
          <p className="preview-card__lead">{values.lead}</p>
          <p className="preview-card__meta">
            Door {values.authorName || '(je naam)'} · {formatDate(date)}
          </p>
        </div>
      </div>
    </section>
  </>
)
