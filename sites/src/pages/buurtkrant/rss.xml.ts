import type { APIRoute } from 'astro'

import rss from '@astrojs/rss'
import { getCollection } from 'astro:content'

import { newestFirst } from '../../lib/articles'
import { articlesPageKey } from '../../lib/listPageKeys'
import { paths } from '../../lib/paths'
import { getWijk } from '../../lib/wijk'

export const cacheKey = articlesPageKey

/** The buurtkrant as RSS 2.0, newest first; links are absolute on the wijk's own domain. */
export const GET: APIRoute = async ({ site }) => {
  const wijk = await getWijk()
  const articles = newestFirst((await getCollection('articles')).map((a) => a.data))
  return rss({
    title: `Buurtkrant ${wijk.name}`,
    description: `Verhalen van en over buren in ${wijk.name}.`,
    site: site ?? wijk.siteUrl,
    customData: '<language>nl</language>',
    items: articles.map((article) => ({
      title: article.title,
      link: paths.article(article.slug),
      pubDate: new Date(article.publishedAt),
      description: article.lead,
    })),
  })
}
