import { readdirSync } from 'node:fs'
import path from 'node:path'

/**
 * Every file below `dir`, as paths relative to it. Folders named in `skipFolders` (at any depth) are
 * not entered.
 */
export const filesUnder = (dir: string, { skipFolders = [] }: { skipFolders?: string[] } = {}): string[] => {
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) return skipFolders.includes(entry.name) ? [] : walk(full)
      return [path.relative(dir, full)]
    })
  return walk(dir)
}
