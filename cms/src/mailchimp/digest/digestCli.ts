/**
 * Creates (never sends) the weekly agenda digest as a Mailchimp campaign draft for a wijk's
 * newsletter audience:
 *   pnpm mailchimp:digest --wijk delfshaven                 (the coming week)
 *   pnpm mailchimp:digest --wijk delfshaven --week 2026-W49
 * Exits with 1 and a Dutch message when it could not (no audience, Mailchimp down, …).
 */
import { parseArgs } from 'node:util'

import { type AmsterdamWeek, amsterdamWeekStartingOn, comingAmsterdamWeek, isoWeekKey, mondayOfWeek } from '@wijk/shared/isoWeek'

import { runCli } from '../../runCli'
import { mailchimpClient } from '../mailchimpClient'
import { mailchimpSettings } from '../mailchimpSettings'

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { wijk: { type: 'string' }, week: { type: 'string' } },
})

const WEEK_KEY = /^(\d{4})-W(\d{2})$/

/** "2026-W49" → that week; throws a clear message for anything else. */
const weekOf = (key: string): AmsterdamWeek => {
  const match = WEEK_KEY.exec(key.trim())
  const week = Number(match?.[2])
  if (!match || week < 1 || week > 53) throw new Error(`--week "${key}" is geen week. Gebruik bijvoorbeeld 2026-W49.`)
  const monday = mondayOfWeek(key.trim())
  if (isoWeekKey(monday) !== key.trim()) throw new Error(`Week ${key} bestaat niet: ${match[1]} heeft geen week ${week}.`)
  return amsterdamWeekStartingOn(monday)
}

const main = async () => {
  if (!values.wijk) throw new Error('Geef de wijk op: pnpm mailchimp:digest --wijk delfshaven [--week 2026-W49]')
  const week = values.week ? weekOf(values.week) : comingAmsterdamWeek()
  const settings = mailchimpSettings()
  const client = mailchimpClient()
  if (!settings || !client) throw new Error('Mailchimp is niet gekoppeld: zet MAILCHIMP_API_KEY (zie README, "Reaching the network: Mailchimp").')
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const { runDigest } = await import('./runDigest')
  const payload = await getPayload({ config })
  try {
    const run = await runDigest(payload, client, { wijk: values.wijk, week, server: settings.dataCentre })
    process.stdout.write(`${run.summary.join('\n')}\n`)
  } finally {
    await payload.destroy()
  }
}

runCli(main)
