/**
 * Agenda categories: a fixed list, because print pages, feeds and URLs are built per category.
 * The labels are the Dutch UI text, the same in the admin and on the sites.
 */
export const EVENT_CATEGORIES = ['buurtmaaltijd', 'ontmoeting', 'beweging', 'cursus', 'cultuur', 'jeugd', 'spreekuur', 'vrijwilligerswerk'] as const

export type EventCategory = (typeof EVENT_CATEGORIES)[number]

export const EVENT_CATEGORY_LABELS: Record<EventCategory, string> = {
  buurtmaaltijd: 'Buurtmaaltijd',
  ontmoeting: 'Ontmoeting',
  beweging: 'Sport en beweging',
  cursus: 'Cursus en les',
  cultuur: 'Cultuur',
  jeugd: 'Kinderen en jongeren',
  spreekuur: 'Spreekuur en hulp',
  vrijwilligerswerk: 'Vrijwilligerswerk',
}
