/**
 * Runs once when the Next server starts (`next start`, or a custom server's `prepare()`), before it
 * serves anything: a production server with missing, demo or weak secrets stops here instead of
 * failing on the first request that needs one.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { refuseUnsafeSecrets } = await import('./refuseUnsafeSecrets')
  refuseUnsafeSecrets()
}
