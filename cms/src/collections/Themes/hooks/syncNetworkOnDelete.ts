import type { CollectionAfterDeleteHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import { membersWithTheme } from '../../../mailchimp/network/membersWithTheme'
import { queueNetworkSync } from '../../../mailchimp/network/queueNetworkSync'

type Members = Awaited<ReturnType<typeof membersWithTheme>>

// Per request, not in `context`: Payload's delete hands its before and after hooks different context objects.
const remembered = new WeakMap<PayloadRequest, Map<string, Members>>()

/** Who carries the theme has to be read before the delete removes it from their organisations. */
export const rememberThemeMembers: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const byTheme = remembered.get(req) ?? new Map<string, Members>()
  byTheme.set(String(id), await membersWithTheme(req, id))
  remembered.set(req, byTheme)
}

/** A deleted theme's tag goes inactive on every member that had it (the job works out the tags). */
export const syncNetworkOnThemeDelete: CollectionAfterDeleteHook = async ({ id, req, doc }) => {
  for (const member of remembered.get(req)?.get(String(id)) ?? []) await queueNetworkSync(req, member)
  remembered.get(req)?.delete(String(id))
  return doc
}
