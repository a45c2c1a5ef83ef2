/** Past one-off events older than this stay out of the snapshot; the site shows what is coming. */
const PAST_EVENTS_KEPT_DAYS = 31

/** Events that end (or, without an end, start) before this moment are left out; recurring ones never are. */
export const eventCutoff = (now: Date): number => now.getTime() - PAST_EVENTS_KEPT_DAYS * 86_400_000

type EventTimes = { recurrence?: { rule?: string | null } | null; startsAt: string; endsAt?: string | null }

/** The last moment at which the event still counts as current for `eventCutoff`. */
export const eventShownUntil = (event: EventTimes): number => (event.recurrence?.rule?.trim() ? Infinity : new Date(event.endsAt ?? event.startsAt).getTime())
