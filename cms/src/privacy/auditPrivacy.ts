import { createHmac } from 'node:crypto'
import type { PayloadRequest } from 'payload'

import { secret } from '../env'

/**
 * The audit line of every export and erasure: who, what, when and how much. The address itself is
 * not written to the log (an erasure must not leave it behind there); its keyed hash is, so an
 * auditor who is given an address can find its lines.
 */
const addressFingerprint = (email: string): string => createHmac('sha256', secret('PAYLOAD_SECRET')).update(email).digest('hex').slice(0, 16)

export const auditPrivacy = (req: PayloadRequest, action: 'export' | 'erase', email: string, details: Record<string, unknown>): void => {
  req.payload.logger.info({
    msg: `privacy ${action}`,
    audit: 'privacy',
    action,
    by: { id: req.user?.id, email: req.user?.email, role: (req.user as { role?: string } | null)?.role },
    address: addressFingerprint(email),
    ...details,
  })
}
