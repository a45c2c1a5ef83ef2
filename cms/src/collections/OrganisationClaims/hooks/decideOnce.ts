import type { CollectionBeforeChangeHook } from 'payload'

import { isDecidedNow } from '../claimStatus'
import { refusal } from '../../../editorial/refusal'

/**
 * A claim is decided once: approving links an account to an organisation and mails the partner,
 * so going back (or switching approved ↔ rejected) would leave things half undone.
 * The decision time is recorded.
 */
export const decideOnce: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation === 'create') return data.status && data.status !== 'pending' ? { ...data, decidedAt: new Date().toISOString() } : data
  const before = originalDoc?.status ?? 'pending'
  if (before !== 'pending' && data.status !== undefined && data.status !== before) {
    throw refusal('Over deze aanvraag is al besloten. Maak zo nodig een nieuwe aan.', 400)
  }
  return isDecidedNow(originalDoc, data) ? { ...data, decidedAt: new Date().toISOString() } : data
}
