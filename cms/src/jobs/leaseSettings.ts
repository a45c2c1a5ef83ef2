/**
 * How long a claim on a job (or an aanvraag's outbox) holds without being renewed. The holder renews
 * it every third of this while it works, so only a worker that died (or hangs) lets it run out;
 * its work then returns to the queue after at most this long.
 */
export const jobsLeaseMs = (): number => Math.max(500, Number(process.env.JOBS_LEASE_MS) || 60_000)
