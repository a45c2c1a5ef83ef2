/**
 * A CMS process as far as background jobs go: boots the real Payload config with getPayload and
 * starts the job sweep exactly as the server's src/instrumentation.ts does, then prints `ready`.
 * Tests start it as a child process (startJobWorker) to kill it or to run two against one database.
 */
import { getPayload } from 'payload'

const main = async () => {
  const [{ default: config }, { startJobSweep }] = await Promise.all([import('../../src/payload.config'), import('../../src/jobs/jobSweep')])
  startJobSweep(await getPayload({ config }))
  process.stdout.write('ready\n')
  // The sweep's timers do not keep a process alive; a server's sockets would.
  setInterval(() => undefined, 1 << 30)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
