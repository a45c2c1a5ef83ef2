import type { SnapshotEvent } from '@wijk/shared/snapshot'

import { EVENT_CATEGORY_LABELS } from '@wijk/shared/eventCategories'
import { addAmsterdamDays, amsterdamDateKey, startOfAmsterdamDay } from '@wijk/shared/time'

import { keptOccurrences } from './keptOccurrences'

export type AgendaItem = { event: SnapshotEvent; start: string; end: string }

/** How far ahead the agenda shows recurring events. */
export const AGENDA_WEEKS = 8

/** The moment "now" for this build; pinned by WIJK_NOW in tests so dates are predictable. */
export const buildNow = (): Date => (process.env.WIJK_NOW ? new Date(process.env.WIJK_NOW) : new Date())

export const agendaWindow = (now = buildNow()) => {
  const from = startOfAmsterdamDay(now)
  return { from, to: addAmsterdamDays(from, AGENDA_WEEKS * 7) }
}

/** Every occurrence of every event inside the window, recurring events expanded, sorted by start. */
export const occurrences = (events: readonly SnapshotEvent[], window = agendaWindow()): AgendaItem[] => {
  const expanded = keptOccurrences(events, window)
  return events
    .flatMap((event, i) => expanded[i]!.map((o) => ({ event, start: o.start, end: o.end })))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.event.title.localeCompare(b.event.title, 'nl'))
}

/** Items grouped by a key: groups in first-seen order, items keeping their order. */
export const groupBy = <T>(items: readonly T[], key: (item: T) => string): [string, T[]][] => {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return [...groups]
}

/** Groups items by their local day ("2026-11-24"), keeping order. */
export const byDay = (items: readonly AgendaItem[]) => groupBy(items, (item) => amsterdamDateKey(new Date(item.start)))

export const isOnDay = (item: AgendaItem, day: Date) => amsterdamDateKey(new Date(item.start)) === amsterdamDateKey(day)

export const withinDays = (item: AgendaItem, from: Date, days: number) => Date.parse(item.start) < addAmsterdamDays(startOfAmsterdamDay(from), days).getTime()

export const CATEGORY_LABELS = EVENT_CATEGORY_LABELS
