import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'

import { filesUnder } from '../filesUnder.ts'

const sameContent = (a: string, b: string) => statSync(a).size === statSync(b).size && readFileSync(a).equals(readFileSync(b))

/**
 * Makes `target` hold exactly the files of `source`, touching only what differs: equal files keep
 * their inode and modification time (so the next release can hard-link them), new or changed ones
 * are copied, files no longer in `source` are deleted. Returns how many files were copied and removed.
 */
export const syncFolder = (source: string, target: string) => {
  const wanted = filesUnder(source)
  let copied = 0
  for (const file of wanted) {
    const from = path.join(source, file)
    const to = path.join(target, file)
    if (existsSync(to) && sameContent(from, to)) continue
    mkdirSync(path.dirname(to), { recursive: true })
    copyFileSync(from, to)
    copied++
  }
  const keep = new Set(wanted)
  const stale = existsSync(target) ? filesUnder(target).filter((file) => !keep.has(file)) : []
  for (const file of stale) rmSync(path.join(target, file))
  return { copied, removed: stale.length }
}
