import type { CollectionBeforeChangeHook } from 'payload'

import { isDecidedNow } from '../claimStatus'
import { refusal } from '../../../editorial/refusal'

/**
 * A claim starts pending (even when the system writes it: an approval must go through the checks of
 * `applyApprovedClaim`) and is decided once: approving links an account to an organisation and mails
 * the partner, so going back (or switching approved ↔ rejected) would leave things half undone.
 * The decision time is recorded.
 */
export const decideOnce: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation === 'create') {
    if (data.status && data.status !== 'pending') throw refusal('Een aanvraag begint altijd als "wacht op de redactie".', 400)
    return data
  }
  const before = originalDoc?.status ?? 'pending'
  if (before !== 'pending' && data.status !== undefined && data.status !== before) {
    throw refusal('Over deze aanvraag is al besloten. Wijzig zo nodig het account van de partner zelf.', 400)
  }
  return isDecidedNow(originalDoc, data) ? { ...data, decidedAt: new Date().toISOString() } : data
}
