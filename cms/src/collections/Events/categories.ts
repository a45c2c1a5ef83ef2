/** Agenda categories: fixed, because print pages, feeds and URLs are built per category. */
export const EVENT_CATEGORIES = [
  { value: 'buurtmaaltijd', label: 'Buurtmaaltijd' },
  { value: 'ontmoeting', label: 'Ontmoeting' },
  { value: 'beweging', label: 'Sport en beweging' },
  { value: 'cursus', label: 'Cursus en les' },
  { value: 'cultuur', label: 'Cultuur' },
  { value: 'jeugd', label: 'Kinderen en jongeren' },
  { value: 'spreekuur', label: 'Spreekuur en hulp' },
  { value: 'vrijwilligerswerk', label: 'Vrijwilligerswerk' },
] as const

export type EventCategory = (typeof EVENT_CATEGORIES)[number]['value']
