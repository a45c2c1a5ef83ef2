import type { CollectionAfterChangeHook } from 'payload'

import { type NetworkContact, networkContextKey, readNetworkContact } from '../../../mailchimp/network/networkContact'
import { queueNetworkSync } from '../../../mailchimp/network/queueNetworkSync'

/**
 * Publish, update, unpublish or a new address: queues a sync of the old and the new member of the
 * wijk's network audience (the job works out at run time whether each still belongs there). A draft
 * save, or a change the audience does not show, queues nothing.
 */
export const syncNetworkOnChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const before = operation === 'update' ? (req.context[networkContextKey(doc.id)] as NetworkContact | undefined) : undefined
  const after = await readNetworkContact(req, doc.id)
  if (before?.fingerprint === after.fingerprint) return doc
  const members = [before?.member, after.member].filter((member) => member != null)
  const distinct = members.filter((member, index) => members.findIndex((other) => other.wijk === member.wijk && other.email === member.email) === index)
  for (const member of distinct) await queueNetworkSync(req, member)
  return doc
}
