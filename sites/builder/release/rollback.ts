/**
 * pnpm site:rollback --wijk X [--to RELEASE]
 * Makes an earlier release live again: the one before the live release, or the one named with --to.
 * The same atomic switch as a publish; the builder's next build publishes over it as usual.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'

import { currentReleaseId, listReleases } from './releaseLayout.ts'
import { switchCurrent } from './switchCurrent.ts'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const outRoot = path.resolve(process.env.WIJK_OUT_ROOT || path.join(repoRoot, 'out'))

const fail = (message: string): never => {
  console.error(`site:rollback: ${message}`)
  process.exit(1)
}

/** The release to go back to, or a Dutch explanation of why there is none. */
const targetOf = (wijk: string, releases: string[], current: string | null, to: string | undefined): string => {
  if (to) {
    if (!releases.includes(to)) return fail(`release ${to} bestaat niet voor ${wijk}. Beschikbaar: ${releases.join(', ')}`)
    if (to === current) return fail(`${to} is al de live versie van ${wijk}.`)
    return to
  }
  const index = current ? releases.indexOf(current) : -1
  if (index <= 0) return fail(`er is geen eerdere release van ${wijk} om naar terug te gaan (live: ${current ?? 'geen'}; bewaard: ${releases.join(', ')}).`)
  return releases[index - 1]!
}

const { values } = parseArgs({ args: process.argv.slice(2).filter((arg) => arg !== '--'), options: { wijk: { type: 'string' }, to: { type: 'string' } } })
const wijk = values.wijk ?? fail('geef de wijk: --wijk <slug> [--to <release>]')
const releases = listReleases(outRoot, wijk)
if (releases.length === 0) fail(`${wijk} heeft geen releases in ${outRoot}.`)
const current = currentReleaseId(outRoot, wijk)
const target = targetOf(wijk, releases, current, values.to)
switchCurrent(outRoot, wijk, target)
console.log(`${wijk}: van ${current ?? '(geen)'} teruggezet naar ${target}. Die versie is nu live.`)
console.log(`Terug naar de nieuwste: pnpm site:rollback --wijk ${wijk} --to ${releases.at(-1)}`)
