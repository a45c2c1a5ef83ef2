import * as pagefind from 'pagefind'

/** A Pagefind answer, or an error naming what it refused. */
export const checked = <T extends { errors: string[] }>(response: T): T => {
  if (response.errors.length) throw new Error(`pagefind: ${response.errors.join('; ')}`)
  return response
}

/**
 * The pages that can be in the index: only detail pages carry `data-pagefind-body` (BaseLayout, for
 * the routes that pass a searchType). Pagefind would otherwise parse every list, feed page and print
 * sheet — half of a big wijk's HTML — only to find no body in it. tests/wholeSite.test.ts checks that
 * every page with a body matches.
 */
const SEARCHABLE_SECTIONS = ['agenda', 'organisaties', 'buurtkrant']
const SEARCHABLE_PAGES = `{${SEARCHABLE_SECTIONS.join(',')}}/*/index.html`

/** Whether a built file (relative path, "/" separated) is one of SEARCHABLE_PAGES. */
export const isSearchablePage = (file: string) => {
  const [section, page, name, ...rest] = file.split('/')
  return SEARCHABLE_SECTIONS.includes(section ?? '') && Boolean(page) && name === 'index.html' && rest.length === 0
}

/** A new Pagefind index with the searchable pages of `dir` (Dutch stemming follows <html lang="nl">). */
export const indexDirectory = async (dir: string) => {
  const { index } = checked(await pagefind.createIndex({}))
  if (!index) throw new Error('pagefind: no index')
  const { page_count: pages } = checked(await index.addDirectory({ path: dir, glob: SEARCHABLE_PAGES }))
  return { index, pages }
}

/**
 * Pagefind over the built HTML, written to `dir`/pagefind. Returns the number of pages it read.
 * It stops Pagefind's service when done: for one-off builds, not for a process that keeps live indexes (liveIndex.ts).
 */
export const indexSite = async (dir: string) => {
  const { index, pages } = await indexDirectory(dir)
  checked(await index.writeFiles({ outputPath: `${dir}/pagefind` }))
  await pagefind.close()
  return pages
}
