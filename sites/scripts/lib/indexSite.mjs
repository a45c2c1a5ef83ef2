import * as pagefind from 'pagefind'

/** A Pagefind answer, or an error naming what it refused. */
export const checked = (response) => {
  if (response.errors.length) throw new Error(`pagefind: ${response.errors.join('; ')}`)
  return response
}

/** A new Pagefind index with every HTML file of `dir` (Dutch stemming follows <html lang="nl">). */
export const indexDirectory = async (dir) => {
  const { index } = checked(await pagefind.createIndex({}))
  const { page_count: pages } = checked(await index.addDirectory({ path: dir }))
  return { index, pages }
}

/**
 * Pagefind over the built HTML, written to `dir`/pagefind. Returns the number of pages indexed.
 * It stops Pagefind's service when done: for one-off builds, not for a process that keeps live indexes (liveIndex.mjs).
 */
export const indexSite = async (dir) => {
  const { index, pages } = await indexDirectory(dir)
  checked(await index.writeFiles({ outputPath: `${dir}/pagefind` }))
  await pagefind.close()
  return pages
}
