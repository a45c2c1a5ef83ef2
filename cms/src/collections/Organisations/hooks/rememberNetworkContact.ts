import type { CollectionBeforeChangeHook } from 'payload'

import { networkContextKey, readNetworkContact } from '../../../mailchimp/network/networkContact'

/**
 * Remembers the organisation's public contact before the write, so the change hook knows which
 * network-audience member it used to make (an old address is archived).
 */
export const rememberNetworkContact: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || originalDoc?.id === undefined) return data
  req.context[networkContextKey(originalDoc.id)] = await readNetworkContact(req, originalDoc.id)
  return data
}
