import { productionSecretsProblem } from '@wijk/shared/productionSecrets'

/**
 * What is wrong with the CMS's production secrets, or null. Nothing is checked outside production
 * (development falls back to the defaults in env.ts) nor while `next build` runs: the build runs with
 * NODE_ENV=production but serves nothing, and may run where the secrets are not.
 * BUILDER_STATUS_TOKEN is optional here (the admin's build status reads it); checked when set.
 */
const unsafeSecretsProblem = (env: NodeJS.ProcessEnv = process.env): string | null => {
  if (env.NODE_ENV !== 'production' || env.NEXT_PHASE === 'phase-production-build') return null
  return productionSecretsProblem(env, ['PAYLOAD_SECRET', 'SNAPSHOT_TOKEN', 'WEBHOOK_SECRET'], ['BUILDER_STATUS_TOKEN'])
}

/**
 * Stops the process, with one line saying why, when production would run on a missing, demo or weak
 * secret. Called when the server starts (instrumentation.ts) and whenever the Payload config loads
 * (CLI commands, scripts), so nothing serves or writes with such a secret.
 */
export const refuseUnsafeSecrets = (): void => {
  const problem = unsafeSecretsProblem()
  if (!problem) return
  console.error(`[cms] Refusing to start: ${problem}`)
  process.exit(1)
}
