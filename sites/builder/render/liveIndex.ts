import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import * as pagefind from 'pagefind'

import { checked, indexDirectory, isSearchablePage } from './indexSite.ts'
import { syncFolder } from './syncFolder.ts'

/**
 * Pagefind cannot load an index from disk, so an incremental rebuild would have to index all pages
 * again (1.3–2.4 s for 2,835 pages). A long-lived process (the builder) keeps each work folder's index
 * in memory instead and only re-adds the pages a build wrote. Re-adding a URL replaces its entry, and
 * re-adding it without a `data-pagefind-body` removes it from the results.
 * `unindexed`: pages a publish wrote without updating the index (deferIndexing), re-added next time.
 */
const liveIndexes = new Map<string, { index: pagefind.PagefindIndex; unindexed: Set<string> }>()

const EMPTY_PAGE = '<html lang="nl"><head><title></title></head><body></body></html>'

/**
 * Only pages marked `data-pagefind-body` are in the index (detail pages; BaseLayout sets it). The list
 * pages every build renders again (agenda, categories, months: hundreds of events each) are not, and
 * parsing them only to find that out took half a second per publish.
 */
const isSearchable = (html: string) => html.includes('data-pagefind-body')

/** "agenda/x/index.html" → "/agenda/x/", as Pagefind names pages it finds in a folder. */
const urlOf = (relativeFile: string) => `/${relativeFile.split(path.sep).join('/')}`.replace(/\/index\.html$/, '/')

/**
 * Brings the search index of `dir` up to date: the first time in this process everything is indexed,
 * later only `changed` pages are re-added and `removed` ones emptied. Then the bundle is written anew.
 */
export const indexIncrementally = async (dir: string, { changed, removed }: { changed: string[]; removed: string[] }) => {
  const live = liveIndexes.get(dir)
  const index = live?.index ?? (await indexDirectory(dir)).index
  if (!live) liveIndexes.set(dir, { index, unindexed: new Set<string>() })
  else {
    const gone = new Set(removed)
    for (const file of new Set([...live.unindexed, ...changed])) {
      if (gone.has(file) || !existsSync(path.join(dir, file))) continue
      const content = readFileSync(path.join(dir, file), 'utf8')
      if (isSearchable(content)) checked(await index.addHTMLFile({ url: urlOf(file), content }))
    }
    for (const file of removed) checked(await index.addHTMLFile({ url: urlOf(file), content: EMPTY_PAGE }))
    live.unindexed.clear()
  }
  await writeBundle(index, path.join(dir, 'pagefind'))
}

/**
 * Notes pages a publish rewrote without updating the search index yet (the builder makes their
 * HTML live first and the index follows, see buildQueue.ts). The next indexIncrementally re-adds them.
 * Only for pages that already exist: a removed page must leave the index in the same step.
 */
export const deferIndexing = (dir: string, files: string[]) => {
  const live = liveIndexes.get(dir)
  // Without a live index the next indexing reads the whole folder anyway; lists are not in the index.
  for (const file of files) if (isSearchablePage(file.split(path.sep).join('/'))) live?.unindexed.add(file)
}

/** Whether `dir` has pages whose search entries are older than their HTML. */
export const hasUnindexedPages = (dir: string) => (liveIndexes.get(dir)?.unindexed.size ?? 0) > 0

/**
 * Pagefind rewrites its whole bundle (a fragment per page, ~3,000 files for a big wijk) on every
 * write. Written to a scratch folder in memory and synced into place, only the files whose content
 * changed are replaced: creating thousands of files on disk took 2–3 s per publish, and unchanged
 * files keep their inode so the release can hard-link them.
 */
const writeBundle = async (index: pagefind.PagefindIndex, bundleDir: string) => {
  const scratch = mkdtempSync(path.join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'wijk-pagefind-'))
  try {
    checked(await index.writeFiles({ outputPath: scratch }))
    syncFolder(scratch, bundleDir)
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/** After a failed build the work folder's pages and the index may disagree: start over next time. */
export const forgetLiveIndex = async (dir: string) => {
  const live = liveIndexes.get(dir)
  liveIndexes.delete(dir)
  await live?.index.deleteIndex()
}

/** Stops Pagefind's service so the process can exit. */
export const closeLiveIndexes = async () => {
  liveIndexes.clear()
  await pagefind.close()
}
