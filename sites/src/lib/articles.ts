import type { ImageRef, SnapshotArticle, SnapshotWijk } from '@wijk/shared/snapshot'

import { absoluteUrl, paths } from './paths'

/** An article as the content collection holds it (the slug is the entry id). */
export type Article = Omit<SnapshotArticle, 'id'>

export const newestFirst = <T extends { publishedAt: string }>(items: T[]): T[] =>
  [...items].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))

/** The largest CMS rendition of an image, absolute (for JSON-LD and feeds). */
export const imageUrl = (image: ImageRef | null | undefined): string | undefined => image?.variants.hero?.url ?? image?.url

/** The wijk as publisher: schema.org wants a logo on NewsArticle's publisher. */
const publisherJsonLd = (wijk: SnapshotWijk) => ({
  '@type': 'Organization',
  name: wijk.name,
  url: wijk.siteUrl,
  ...(wijk.logo ? { logo: { '@type': 'ImageObject', url: imageUrl(wijk.logo), width: wijk.logo.width, height: wijk.logo.height } } : {}),
})

export const newsArticleJsonLd = (article: Article, wijk: SnapshotWijk, site: URL | string | undefined) => {
  const url = absoluteUrl(paths.article(article.slug), site)
  const image = imageUrl(article.image)
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.lead,
    ...(image ? { image: [image] } : {}),
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    inLanguage: 'nl-NL',
    author: { '@type': 'Person', name: article.authorName },
    publisher: publisherJsonLd(wijk),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
  }
}
