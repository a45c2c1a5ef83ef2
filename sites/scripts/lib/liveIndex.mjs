import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

import * as pagefind from 'pagefind'

/**
 * Pagefind cannot load an index from disk, so an incremental rebuild would have to index all pages
 * again (1.3–2.4 s for 2,835 pages). A long-lived process (the builder) keeps each work folder's index
 * in memory instead and only re-adds the pages a build wrote. Re-adding a URL replaces its entry, and
 * re-adding it without a `data-pagefind-body` removes it from the results.
 */
const liveIndexes = new Map()

const EMPTY_PAGE = '<html lang="nl"><head><title></title></head><body></body></html>'

const checked = (response) => {
  if (response.errors.length) throw new Error(`pagefind: ${response.errors.join('; ')}`)
  return response
}

/** "agenda/x/index.html" → "/agenda/x/", as Pagefind names pages it finds in a folder. */
const urlOf = (relativeFile) => `/${relativeFile.split(path.sep).join('/')}`.replace(/\/index\.html$/, '/')

const newIndex = async (dir) => {
  const { index } = checked(await pagefind.createIndex({}))
  checked(await index.addDirectory({ path: dir }))
  return index
}

/**
 * Brings the search index of `dir` up to date: the first time in this process everything is indexed,
 * later only `changed` pages are re-added and `removed` ones emptied. Then the bundle is written anew.
 */
export const indexIncrementally = async (dir, { changed, removed }) => {
  let index = liveIndexes.get(dir)
  if (!index) liveIndexes.set(dir, (index = await newIndex(dir)))
  else {
    for (const file of changed) checked(await index.addHTMLFile({ url: urlOf(file), content: readFileSync(path.join(dir, file), 'utf8') }))
    for (const file of removed) checked(await index.addHTMLFile({ url: urlOf(file), content: EMPTY_PAGE }))
  }
  rmSync(path.join(dir, 'pagefind'), { recursive: true, force: true })
  checked(await index.writeFiles({ outputPath: path.join(dir, 'pagefind') }))
}

/** After a failed build the work folder's pages and the index may disagree: start over next time. */
export const forgetLiveIndex = async (dir) => {
  const index = liveIndexes.get(dir)
  liveIndexes.delete(dir)
  await index?.deleteIndex()
}

/** Stops Pagefind's service so the process can exit. */
export const closeLiveIndexes = async () => {
  liveIndexes.clear()
  await pagefind.close()
}
