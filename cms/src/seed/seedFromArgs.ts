import type { Payload } from 'payload'

import { currentWeekMonday } from './anchor'
import { delfshaven } from './content/delfshaven'
import { kanaleneiland } from './content/secondWijk'
import { syntheticWijk } from './content/synthetic'
import type { SeedWijk } from './content/types'
import { createDemoUsers, DEMO_PASSWORD } from './demoUsers'
import { resetWijk } from './resetWijk'
import { seedWijk } from './seedWijk'

export type SeedArgs = { orgs?: string; events?: string; articles?: string; posts?: string; wijk?: string }

const count = (name: string, value: string | undefined, fallback: number): number => {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0 || n > 100_000) throw new Error(`--${name} must be a whole number from 0 to 100000, got "${value}"`)
  return n
}

/** The demo wijken, or one synthetic wijk when any size is given. Throws on bad arguments. */
export const planSeed = (args: SeedArgs): SeedWijk[] => {
  const anchor = currentWeekMonday()
  if (args.orgs === undefined && args.events === undefined && args.articles === undefined) {
    return [delfshaven(anchor), kanaleneiland(anchor)]
  }
  return [
    syntheticWijk({
      slug: args.wijk ?? 'bench',
      orgs: count('orgs', args.orgs, 500),
      events: count('events', args.events, 2000),
      articles: count('articles', args.articles, 300),
      posts: count('posts', args.posts, 30),
      anchor,
    }),
  ]
}

/** Replaces each planned wijk with fresh content and one account per role. */
export const seedFromArgs = async (payload: Payload, args: SeedArgs, log: (message: string) => void) => {
  for (const wijk of planSeed(args)) {
    if (await resetWijk(payload, wijk.slug)) log(`Bestaande wijk "${wijk.slug}" verwijderd.`)
    log(`Wijk ${wijk.name} vullen…`)
    const seeded = await seedWijk(payload, wijk, log)
    const partner = seeded.organisationIds.values().next().value as number
    const accounts = await createDemoUsers(payload, seeded.wijkId, wijk.slug, partner)
    // The prikbord's posts belong to the demo resident, so "Reageer" on the site reaches a mailbox.
    const resident = accounts.find((account) => account.role === 'writer')
    const residentId =
      resident &&
      (await payload.find({ collection: 'users', where: { email: { equals: resident.email } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]?.id
    if (residentId)
      await payload.update({ collection: 'posts', where: { tenant: { equals: seeded.wijkId } }, data: { author: residentId }, overrideAccess: true, depth: 0 })
    log(
      `  ${Object.entries(seeded.counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}`,
    )
    log(`  Inloggen op /admin (wachtwoord ${DEMO_PASSWORD}):`)
    for (const account of accounts) log(`    ${account.role.padEnd(8)} ${account.email}`)
  }
}
