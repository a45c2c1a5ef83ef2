import type { EventCategory } from '@wijk/shared/snapshot'
import { addAmsterdamDays, amsterdamDateKey, startOfAmsterdamDay } from '@wijk/shared/time'

import { snapshot } from './builtSite'

/** Expectations about the demo agenda, computed from the snapshot (shared by the agenda and iCal tests). */

// The build pins "now" with WIJK_NOW when set; otherwise it ran seconds before these tests.
export const now = process.env.WIJK_NOW ? new Date(process.env.WIJK_NOW) : new Date()
export const today = startOfAmsterdamDay(now)
export const todayKey = amsterdamDateKey(today)
export const site = snapshot.wijk.siteUrl
export const organisations = new Map(snapshot.organisations.map((o) => [o.slug, o]))
export const LABELS: Record<EventCategory, string> = {
  buurtmaaltijd: 'Buurtmaaltijd',
  ontmoeting: 'Ontmoeting',
  beweging: 'Sport en beweging',
  cursus: 'Cursus en les',
  cultuur: 'Cultuur',
  jeugd: 'Kinderen en jongeren',
  spreekuur: 'Spreekuur en hulp',
  vrijwilligerswerk: 'Vrijwilligerswerk',
}

export const within = (from: Date, days: number) => ({ from, to: addAmsterdamDays(from, days) })
export const sorted = (list: string[]) => [...list].sort((a, b) => a.localeCompare(b))

/** Weekly meals without end or interval: they must be on every matching weekday. */
export const weeklyMeals = snapshot.events.filter(
  (e) => e.category === 'buurtmaaltijd' && e.status === 'scheduled' && /^FREQ=WEEKLY;BYDAY=[A-Z,]+$/.test(e.recurrence?.rule ?? ''),
)
