/**
 * Runs a command-line entry point. Exits explicitly: Payload keeps database handles open after the work
 * is done. A failure prints only its message (the user's mistake, not a stack trace) and exits with 1.
 */
export const runCli = (main: () => Promise<void>) =>
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      process.exit(1)
    },
  )
