/** A whole number of days above zero from the environment, or the default. */
const days = (name: string, fallback: number): number => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

/** Finished background jobs (build webhooks, mail, Mailchimp writes) are removed this many days after they finished. */
export const jobsRetentionDays = (): number => days('JOBS_RETENTION_DAYS', 30)

/** Aanvragen are removed this many days after they came in (the privacy page promises at most a year). */
export const requestsRetentionDays = (): number => days('REQUESTS_RETENTION_DAYS', 365)

const DAY_MS = 86_400_000

/** The moment `days` days before `now`, as Payload's date queries take it. */
export const daysBefore = (now: Date, days: number): string => new Date(now.getTime() - days * DAY_MS).toISOString()

/** Prikbord reactions are removed this many days after they came in (the answer link works 30 of them). */
export const reactionsRetentionDays = (): number => days('REACTIONS_RETENTION_DAYS', 90)
