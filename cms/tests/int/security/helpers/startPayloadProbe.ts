/**
 * Started as a child process by productionSecrets.int.spec.ts: loads the Payload config and starts
 * Payload as the server does, then says so and exits. Its environment is the case under test.
 */
import { getPayload } from 'payload'

import config from '../../../../src/payload.config'

await getPayload({ config })
process.stdout.write('payload started\n')
process.exit(0)
