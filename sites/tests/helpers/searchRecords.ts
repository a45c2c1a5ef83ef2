import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

export type SearchRecord = { url: string; content: string; meta: Record<string, string> }

/**
 * What Pagefind's bundle holds for each searchable page: its fragments are gzipped JSON behind a
 * "pagefind_dcd" signature. Reading them checks the index itself, without a browser.
 */
export const searchRecords = (siteDir: string): SearchRecord[] => {
  const folder = path.join(siteDir, 'pagefind', 'fragment')
  return readdirSync(folder).map((name) => {
    const text = gunzipSync(readFileSync(path.join(folder, name))).toString('utf8')
    return JSON.parse(text.slice(text.indexOf('{'))) as SearchRecord
  })
}
