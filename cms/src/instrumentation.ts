/**
 * Runs once when the Next server starts (`next start`, or a custom server's `prepare()`), before it
 * serves anything: a production server with missing, demo or weak secrets stops here instead of
 * failing on the first request that needs one.
 *
 * It is also the one place the background job sweep starts (retries, jobs of a worker that died,
 * aanvragen whose mails were not all queued). Command-line tools that boot Payload (seed,
 * mailchimp:*, snapshot:export) never sweep; each job is claimed before it runs
 * (jobs/runDueJobs.ts), so several servers may share one database.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { refuseUnsafeSecrets } = await import('./refuseUnsafeSecrets')
  refuseUnsafeSecrets()
  // `next build` loads this file too; a build must not touch the database or send anything.
  const { PHASE_PRODUCTION_BUILD } = await import('next/constants')
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return
  const [{ getPayload }, { default: config }, { startJobSweep }] = await Promise.all([import('payload'), import('@payload-config'), import('./jobs/jobSweep')])
  startJobSweep(await getPayload({ config }))
}
