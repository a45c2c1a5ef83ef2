import type { Payload, Where } from 'payload'

import { addDays, amsterdamWeekStartingOn, mondayOf, weekNumber } from '@wijk/shared/isoWeek'
import { amsterdamDateKey, amsterdamWallTime, fromAmsterdamWallTime } from '@wijk/shared/time'

import { reviewHistory } from './reviewHistory'

/** The goals of Utrecht's online buurtcentrum Rosa, per wijk. */
const GOALS = { residentAccounts: 50, partnerAccounts: 15 } as const

/** The prikbord reactions (built beside this; counted once the collection is in the config). */
const REACTIONS = 'post-reactions'

/** How far back the median wait looks. */
const MEDIAN_DAYS = 90

type WeekCounts = { key: string; label: string; submitted: number; published: number; reactions: number | null }
type MonthCounts = { key: string; label: string; requests: number }

export type WijkCounts = {
  accounts: { residents: number; residentTarget: number; partners: number; partnerTarget: number }
  /** Oldest first; the last is the current week (so far). */
  weeks: WeekCounts[]
  /** False while the prikbord reactions do not exist in this CMS. */
  reactionsCounted: boolean
  /** Oldest first; the last is the current month (so far). */
  months: MonthCounts[]
  /** From submitted to decided, over the decisions of the last 90 days; null without any. */
  medianWait: { hours: number; decisions: number } | null
}

const DAY_MONTH = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', timeZone: 'UTC' })
const MONTH_YEAR = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' })

const between = (field: string, from: Date, to: Date): Where[] => [
  { [field]: { greater_than_equal: from.toISOString() } },
  { [field]: { less_than: to.toISOString() } },
]

const median = (values: number[]): number | null => {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const accountsWith = (payload: Payload, role: string, wijkId: number | string) =>
  payload
    .count({
      collection: 'users',
      where: { and: [{ role: { equals: role } }, { 'tenants.tenant': { equals: wijkId } }, { _verified: { equals: true } }] },
      overrideAccess: true,
    })
    .then(({ totalDocs }) => totalDocs)

/** Prikbord reactions of a wijk in a period, or null while the collection (or its wijk field) does not exist. */
const reactionsIn = async (payload: Payload, wijkId: number | string, from: Date, to: Date): Promise<number | null> => {
  const collection = payload.collections[REACTIONS as 'posts']
  if (!collection || !collection.config.flattenedFields.some((field) => field.name === 'tenant')) return null
  const { totalDocs } = await payload.count({
    collection: REACTIONS as 'posts',
    where: { and: [{ tenant: { equals: wijkId } }, ...between('createdAt', from, to)] },
    overrideAccess: true,
  })
  return totalDocs
}

/** The last `count` ISO weeks (Monday to Sunday, Amsterdam), the current one last. */
const lastWeeks = (now: Date, count: number) => {
  const monday = mondayOf(amsterdamDateKey(now))
  return Array.from({ length: count }, (_, i) => amsterdamWeekStartingOn(addDays(monday, -7 * (count - 1 - i))))
}

/** The last `count` calendar months (Amsterdam), the current one last. */
const lastMonths = (now: Date, count: number) => {
  const { year, month } = amsterdamWallTime(now)
  const start = (offset: number) => {
    const index = year * 12 + (month - 1) - offset
    return { year: Math.floor(index / 12), month: (index % 12) + 1 }
  }
  return Array.from({ length: count }, (_, i) => {
    const first = start(count - 1 - i)
    const next = start(count - 2 - i)
    const at = ({ year: y, month: m }: { year: number; month: number }) => fromAmsterdamWallTime({ year: y, month: m, day: 1, hour: 0, minute: 0, second: 0 })
    return { key: `${first.year}-${String(first.month).padStart(2, '0')}`, from: at(first), to: at(next) }
  })
}

/**
 * A wijk's counts against the goals, for the redactie's dashboard: resident and partner accounts
 * (confirmed ones), per week what was submitted to the redactie and what of that it published, prikbord
 * reactions per week (once that collection exists), aanvragen per month, and the median time from
 * submitted to decided. Payload's count/find only, so it works on SQLite and MongoDB alike; nothing
 * about visitors of the site is counted or stored. `now` decides the weeks and months (tests pass their own).
 */
export const wijkCounts = async (payload: Payload, wijkId: number | string, now = new Date(), { weeks = 4, months = 6 } = {}): Promise<WijkCounts> => {
  const weekList = lastWeeks(now, weeks)
  const monthList = lastMonths(now, months)
  const medianSince = new Date(now.getTime() - MEDIAN_DAYS * 86_400_000)
  const historySince = new Date(Math.min(weekList[0]!.from.getTime(), medianSince.getTime()))
  const [residents, partners, history, reactions, requests] = await Promise.all([
    accountsWith(payload, 'writer', wijkId),
    accountsWith(payload, 'partner', wijkId),
    reviewHistory(payload, wijkId, historySince),
    Promise.all(weekList.map((week) => reactionsIn(payload, wijkId, week.from, week.to))),
    Promise.all(
      monthList.map((month) =>
        payload
          .count({
            collection: 'requests',
            where: { and: [{ tenant: { equals: wijkId } }, ...between('createdAt', month.from, month.to)] },
            overrideAccess: true,
          })
          .then(({ totalDocs }) => totalDocs),
      ),
    ),
  ])
  const inWeek = (at: number, week: (typeof weekList)[number]) => at >= week.from.getTime() && at < week.to.getTime()
  const waits = history.decisions.filter((d) => d.decidedAt >= medianSince.getTime() && d.decidedAt <= now.getTime()).map((d) => d.decidedAt - d.submittedAt)
  const medianMs = median(waits)
  return {
    accounts: { residents, residentTarget: GOALS.residentAccounts, partners, partnerTarget: GOALS.partnerAccounts },
    weeks: weekList.map((week, i) => ({
      key: week.key,
      label: `week ${weekNumber(week.key)} (${DAY_MONTH.format(new Date(`${week.firstDay}T12:00:00Z`))})`,
      submitted: history.submissions.filter((s) => inWeek(s.at, week)).length,
      published: history.decisions.filter((d) => d.published && inWeek(d.decidedAt, week)).length,
      reactions: reactions[i] ?? null,
    })),
    reactionsCounted: reactions.every((count) => count !== null),
    months: monthList.map((month, i) => ({ key: month.key, label: MONTH_YEAR.format(new Date(`${month.key}-15T12:00:00Z`)), requests: requests[i]! })),
    medianWait: medianMs === null ? null : { hours: Math.round((medianMs / 3_600_000) * 10) / 10, decisions: waits.length },
  }
}

/** "3 uur", "2,5 dagen" */
export const durationInWords = (hours: number): string => {
  if (hours < 24) return `${Math.max(1, Math.round(hours))} uur`
  const days = Math.round((hours / 24) * 10) / 10
  return `${String(days).replace('.', ',')} ${days === 1 ? 'dag' : 'dagen'}`
}
