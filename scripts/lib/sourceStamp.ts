import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? walk(full) : [full]
  })

/** A hash of the files a build depends on: the admin is rebuilt only when one of them changed. */
export const sourceStamp = (root: string, inputs: string[]) => {
  const hash = createHash('sha256')
  for (const input of inputs) {
    const full = path.join(root, input)
    const files = statSync(full, { throwIfNoEntry: false })?.isDirectory() ? walk(full).sort() : [full]
    for (const file of files) {
      if (!statSync(file, { throwIfNoEntry: false })) continue
      hash.update(path.relative(root, file)).update(readFileSync(file))
    }
  }
  return hash.digest('hex')
}
