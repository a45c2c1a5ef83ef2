/** How one build-webhook job reads in the admin. Pure, so the admin and the tests agree. */
export type DeliveryState = 'queued' | 'delivered' | 'retrying' | 'failed'

export type DeliveryJob = {
  id: number | string
  createdAt: string
  completedAt?: string | null
  hasError?: boolean | null
  totalTried?: number | null
  waitUntil?: string | null
  processing?: boolean | null
  input?: unknown
  error?: unknown
  log?: { state?: string; error?: unknown; completedAt?: string }[] | null
}

export type Delivery = {
  id: string
  state: DeliveryState
  reason: string
  collection: string
  queuedAt: string
  deliveredAt: string | null
  attempts: number
  lastError: string | null
  nextAttemptAt: string | null
}

const messageOf = (error: unknown): string | null => (error && typeof error === 'object' && 'message' in error ? String(error.message) : null)

const stateOf = (job: DeliveryJob): DeliveryState => {
  if (job.hasError) return 'failed'
  if (job.completedAt) return 'delivered'
  return (job.totalTried ?? 0) > 0 ? 'retrying' : 'queued'
}

export const deliveryOf = (job: DeliveryJob): Delivery => {
  const input = (job.input ?? {}) as { reason?: string; collection?: string }
  const failures = (job.log ?? []).filter((entry) => entry.state === 'failed')
  const state = stateOf(job)
  return {
    id: String(job.id),
    state,
    reason: input.reason ?? '',
    collection: input.collection ?? '',
    queuedAt: job.createdAt,
    deliveredAt: state === 'delivered' ? (job.completedAt ?? null) : null,
    attempts: job.totalTried ?? 0,
    lastError: messageOf(job.error) ?? messageOf(failures.at(-1)?.error),
    nextAttemptAt: state === 'retrying' ? (job.waitUntil ?? null) : null,
  }
}
