import type { CollectionAfterChangeHook } from 'payload'

import { membersWithTheme } from '../../../mailchimp/network/membersWithTheme'
import { queueNetworkSync } from '../../../mailchimp/network/queueNetworkSync'

/** Theme names are tags in the network audience: a renamed theme re-tags every organisation that has it. */
export const syncNetworkOnRename: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || previousDoc?.name === doc.name) return doc
  for (const member of await membersWithTheme(req, doc.id)) await queueNetworkSync(req, member)
  return doc
}
