/**
 * Full reconcile of a wijk's Mailchimp network audience with its published organisations.
 *   pnpm mailchimp:sync --wijk delfshaven             (changes Mailchimp, prints what it changed)
 *   pnpm mailchimp:sync --wijk delfshaven --dry-run   (prints the plan only)
 * Exits with 1 when Mailchimp is not connected, the wijk has no network audience, or a change failed.
 */
import { parseArgs } from 'node:util'

import { runCli } from '../../runCli'

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { wijk: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
})

const main = async () => {
  if (!values.wijk) throw new Error('Geef de wijk: --wijk <slug> (bijvoorbeeld --wijk delfshaven).')
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const { mailchimpClient } = await import('../mailchimpClient')
  const { networkWijk } = await import('./networkAudienceOf')
  const { reconcileNetwork } = await import('./reconcileNetwork')
  const { reportReconcile } = await import('./reportReconcile')
  const payload = await getPayload({ config })
  try {
    const client = mailchimpClient()
    if (!client) throw new Error('Mailchimp is niet gekoppeld: zet MAILCHIMP_API_KEY (zie README).')
    const wijk = await networkWijk(payload, { slug: values.wijk })
    if (!wijk) throw new Error(`Wijk "${values.wijk}" bestaat niet of heeft geen netwerk-audience (Wijken → Mailchimp → Audience-id netwerk).`)
    const dryRun = values['dry-run'] ?? false
    const result = await reconcileNetwork(payload, client, wijk, { dryRun })
    const { text, ok } = reportReconcile(wijk.slug, result, dryRun)
    process.stdout.write(text)
    if (!ok) throw new Error(`${result.failed.length} wijziging(en) mislukt; draai het commando opnieuw.`)
  } finally {
    await payload.destroy()
  }
}

runCli(main)
