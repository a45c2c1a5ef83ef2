import type { RecurringEvent } from '../src/recurrence'

export const d = (iso: string): Date => new Date(iso)
export const starts = (list: { start: string }[]): string[] => list.map((o) => o.start)
export const utcStarts = (list: { start: string }[]): string[] => list.map((o) => d(o.start).toISOString())

/** The weekly Tuesday 18:00-20:00 buurtmaaltijd, starting in summer time. */
export const meal = (rule = 'FREQ=WEEKLY;BYDAY=TU', exceptions: string[] = []): RecurringEvent => ({
  start: '2026-10-06T18:00:00+02:00',
  end: '2026-10-06T20:00:00+02:00',
  recurrence: { rule, exceptions },
})
