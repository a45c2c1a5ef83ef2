/**
 * Writes a wijk snapshot to a file, through the same code as GET /api/wijken/:slug/snapshot.
 *   pnpm --filter @wijk/cms snapshot:export -- --wijk delfshaven --out snap.json            (configured database)
 *   … --demo [--media-dir DIR]                    (fresh throwaway database with the demo wijken; images in DIR)
 *   … --wijk bench --orgs 500 --events 2000 --articles 300   (fresh throwaway database, synthetic wijk)
 * Site tests and benchmarks use this, so they need no running CMS.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { runCli } from '../runCli'

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    wijk: { type: 'string', default: 'delfshaven' },
    out: { type: 'string' },
    demo: { type: 'boolean', default: false },
    orgs: { type: 'string' },
    events: { type: 'string' },
    articles: { type: 'string' },
    'media-dir': { type: 'string' },
  },
})

const synthetic = values.orgs !== undefined || values.events !== undefined || values.articles !== undefined

/** The fresh database's uploads go here; files of an earlier export would clash with them. */
const emptyMediaDir = (dir: string) => {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new Error(`--media-dir ${dir} is not empty. Give a new or empty folder: it receives the images of the fresh database.`)
  }
  return dir
}

const main = async () => {
  if (!values.out) throw new Error('--out FILE is required')
  if (values.demo || synthetic) {
    const dir = mkdtempSync(path.join(tmpdir(), 'wijk-export-'))
    process.env.DATABASE_URL = `file:${path.join(dir, 'export.db')}`
    process.env.MEDIA_DIR = values['media-dir'] ? emptyMediaDir(path.resolve(values['media-dir'])) : path.join(dir, 'media')
    // A throwaway database has no site to rebuild: seeding it must not send build webhooks.
    process.env.BUILDER_URL = 'off'
    // Nor geocode: the seed brings its coordinates, and exports run offline.
    process.env.PDOK_LOCATIESERVER_URL = 'off'
  }
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { buildSnapshot } = await import('./buildSnapshot')
  const payload = await getPayload({ config })
  if (values.demo || synthetic) {
    const { seedFromArgs } = await import('../seed/seedFromArgs')
    await seedFromArgs(payload, values, () => undefined)
  }
  // One snapshot and done: nothing to gain from the cache's bookkeeping.
  const snapshot = await buildSnapshot(payload, values.wijk ?? 'delfshaven', new Date(), { cache: false })
  if (!snapshot) throw new Error(`No wijk "${values.wijk}" in this database.`)
  writeFileSync(values.out, JSON.stringify(snapshot))
  process.stdout.write(
    `Snapshot van ${snapshot.wijk.name}: ${snapshot.organisations.length} organisaties, ${snapshot.events.length} activiteiten → ${values.out}\n`,
  )
  await payload.destroy()
}

runCli(main)
