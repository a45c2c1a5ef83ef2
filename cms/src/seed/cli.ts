/**
 * pnpm seed                      → the demo wijken Delfshaven and Kanaleneiland, with one account per role
 * pnpm seed -- --orgs 500 --events 2000 --articles 300 [--wijk bench] → a large synthetic wijk for benchmarks
 * Seeding a wijk replaces it: running it twice gives the same data, not duplicates.
 */
import { parseArgs } from 'node:util'
import { getPayload } from 'payload'

import config from '../payload.config'
import { currentWeekMonday } from './anchor'
import { kanaleneiland } from './content/secondWijk'
import { delfshaven } from './content/delfshaven'
import { syntheticWijk } from './content/synthetic'
import type { SeedWijk } from './content/types'
import { createDemoUsers, DEMO_PASSWORD } from './demoUsers'
import { resetWijk } from './resetWijk'
import { seedWijk } from './seedWijk'

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

const count = (name: string, value: string | undefined, fallback: number): number => {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0 || n > 100_000) throw new Error(`--${name} must be a whole number from 0 to 100000, got "${value}"`)
  return n
}

const plan = (): SeedWijk[] => {
  const anchor = currentWeekMonday()
  if (values.orgs === undefined && values.events === undefined && values.articles === undefined) {
    return [delfshaven(anchor), kanaleneiland(anchor)]
  }
  return [syntheticWijk({
    slug: values.wijk ?? 'bench',
    orgs: count('orgs', values.orgs, 500),
    events: count('events', values.events, 2000),
    articles: count('articles', values.articles, 300),
    posts: count('posts', values.posts, 30),
    anchor,
  })]
}

const main = async () => {
  const started = Date.now()
  const wijken = plan() // validates the arguments before the database is touched
  const payload = await getPayload({ config })
  for (const wijk of wijken) {
    if (await resetWijk(payload, wijk.slug)) log(`Bestaande wijk "${wijk.slug}" verwijderd.`)
    log(`Wijk ${wijk.name} vullen…`)
    const seeded = await seedWijk(payload, wijk, log)
    const partner = seeded.organisationIds.values().next().value as number
    const accounts = await createDemoUsers(payload, seeded.wijkId, wijk.slug, partner)
    log(`  ${Object.entries(seeded.counts).map(([k, v]) => `${v} ${k}`).join(', ')}`)
    log(`  Inloggen op /admin (wachtwoord ${DEMO_PASSWORD}):`)
    for (const account of accounts) log(`    ${account.role.padEnd(8)} ${account.email}`)
  }
  log(`Klaar in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
