export const CLAIM_STATUSES = ['pending', 'approved', 'rejected'] as const
export type ClaimStatus = (typeof CLAIM_STATUSES)[number]

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  pending: 'Wacht op de redactie',
  approved: 'Goedgekeurd',
  rejected: 'Afgewezen',
}

/** True when this save turns a pending claim into a decision. */
export const isDecidedNow = (before: { status?: string } | undefined, after: { status?: string }) =>
  (before?.status ?? 'pending') === 'pending' && after.status !== undefined && after.status !== 'pending'
