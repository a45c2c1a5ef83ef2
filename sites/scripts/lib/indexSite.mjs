import * as pagefind from 'pagefind'

/**
 * Pagefind over the built HTML (Dutch stemming follows <html lang="nl">). Returns the number of pages indexed.
 * It stops Pagefind's service when done: for one-off builds, not for a process that keeps live indexes (liveIndex.mjs).
 */
export const indexSite = async (dir) => {
  const { index, errors } = await pagefind.createIndex({})
  if (errors.length) throw new Error(`pagefind: ${errors.join('; ')}`)
  const added = await index.addDirectory({ path: dir })
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`)
  const written = await index.writeFiles({ outputPath: `${dir}/pagefind` })
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`)
  await pagefind.close()
  return added.page_count
}
