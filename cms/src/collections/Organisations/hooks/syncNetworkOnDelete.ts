import type { CollectionAfterDeleteHook } from 'payload'

import { networkContactOf } from '../../../mailchimp/network/networkContact'
import { queueNetworkSync } from '../../../mailchimp/network/queueNetworkSync'

/** A deleted organisation's address leaves the network audience (unless another organisation of the wijk shares it). */
export const syncNetworkOnDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const { member } = networkContactOf(doc as Record<string, unknown>)
  if (member) await queueNetworkSync(req, member)
}
