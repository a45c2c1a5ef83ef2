/**
 * pnpm seed                      → the demo wijken Delfshaven and Kanaleneiland, with one account per role
 * pnpm seed -- --orgs 500 --events 2000 --articles 300 [--wijk bench] → a large synthetic wijk for benchmarks
 * Seeding a wijk replaces it: running it twice gives the same data, not duplicates.
 */
import { parseArgs } from 'node:util'
import { getPayload } from 'payload'

import config from '../payload.config'
import { runCli } from '../runCli'
import { planSeed, seedFromArgs } from './seedFromArgs'

const log = (message: string) => process.stdout.write(`${message}\n`)

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    orgs: { type: 'string' },
    events: { type: 'string' },
    articles: { type: 'string' },
    posts: { type: 'string' },
    wijk: { type: 'string', default: 'bench' },
  },
})

const main = async () => {
  const started = Date.now()
  planSeed(values) // checks the arguments before the database is touched
  // Seeding writes thousands of published documents: one build webhook each would be a flood.
  // Rebuild afterwards with "Nu opnieuw bouwen" or by restarting the builder.
  process.env.BUILDER_URL = 'off'
  // The seed brings its own coordinates; its event places would otherwise each ask PDOK.
  process.env.PDOK_LOCATIESERVER_URL = 'off'
  const payload = await getPayload({ config })
  await seedFromArgs(payload, values, log)
  log(`Klaar in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
  await payload.destroy()
}

runCli(main)
