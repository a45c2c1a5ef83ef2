import { expandOccurrences, type Occurrence, type OccurrenceWindow, type RecurringEvent } from '@wijk/shared/recurrence'

/**
 * Expanded occurrences kept from one snapshot to the next. The builder's warm renderer loads
 * snapshot after snapshot into one process (see once.ts), and a publish changes one event: the
 * other events' recurrences need not be expanded again (~70 ms of every publish for 2,000 events).
 * This module reads no content, so a snapshot reload does not re-evaluate it. Keyed by what
 * expansion reads (start, end, recurrence), not by digest: a test's events may share a digest.
 * The events of the last call are kept, for the window of that call.
 */
let kept = { window: '', byTiming: new Map<string, Occurrence[]>() }

const timingOf = (event: RecurringEvent) => JSON.stringify([event.start, event.end, event.recurrence ?? null])

/** Each event's occurrences in the window, in the order of `events`. */
export const keptOccurrences = (events: readonly RecurringEvent[], window: OccurrenceWindow): Occurrence[][] => {
  const windowKey = JSON.stringify(window)
  const previous = kept.window === windowKey ? kept.byTiming : new Map<string, Occurrence[]>()
  const byTiming = new Map<string, Occurrence[]>()
  const expanded = events.map((event) => {
    const timing = timingOf(event)
    const occurrences = byTiming.get(timing) ?? previous.get(timing) ?? expandOccurrences(event, window)
    byTiming.set(timing, occurrences)
    return occurrences
  })
  kept = { window: windowKey, byTiming }
  return expanded
}
