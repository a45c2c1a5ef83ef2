import { JobCancelledError, type TaskConfig } from 'payload'

import { MAILCHIMP_ATTEMPTS } from '../../jobs/queues'
import { mailchimpClient } from '../mailchimpClient'
import { describeMailchimpError, isPermanent, toMailchimpError } from '../mailchimpError'
import { mailchimpRetryBaseMs } from '../mailchimpSettings'
import { networkWijk } from './networkAudienceOf'
import { networkMemberFor } from './networkMember'
import { syncNetworkMember } from './syncNetworkMember'

export const NETWORK_SYNC_TASK = 'mailchimpNetworkSync'

export type NetworkSyncInput = { wijk: string; email: string }

/**
 * Brings one address of a wijk's network audience in line with the CMS. The job holds only the wijk
 * and the address; what Mailchimp should show is read when the job runs, so a retry after an outage
 * never writes an older state over a newer one, and jobs for one address can run in any order.
 * Mailchimp down, 429 or 5xx: retried with doubling waits (queue `mailchimp`, like every write).
 */
export const networkSyncTask = (): TaskConfig => ({
  slug: NETWORK_SYNC_TASK as never,
  label: 'Mailchimp netwerk bijwerken',
  inputSchema: [
    { name: 'wijk', type: 'text', required: true },
    { name: 'email', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'result', type: 'text' }],
  retries: { attempts: MAILCHIMP_ATTEMPTS, backoff: { type: 'exponential', delay: mailchimpRetryBaseMs() } },
  handler: async ({ input, req }) => {
    const { wijk: wijkId, email } = input as NetworkSyncInput
    const client = mailchimpClient()
    if (!client) throw new JobCancelledError('Mailchimp is niet gekoppeld (MAILCHIMP_API_KEY ontbreekt).')
    const wijk = await networkWijk(req.payload, { id: wijkId }, req)
    if (!wijk) return { output: { result: 'geen netwerk-audience' } }
    const wanted = await networkMemberFor(req.payload, wijk, email, req)
    try {
      return { output: { result: await syncNetworkMember(client, wijk.audienceId, email, wanted) } }
    } catch (caught) {
      const error = toMailchimpError(caught)
      if (isPermanent(error)) throw new JobCancelledError(describeMailchimpError(error))
      throw error
    }
  },
})
